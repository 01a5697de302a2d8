// A font file imported from code is its public, hashed address (/_next/static/media/…), for a preload.
declare module '*.woff2' {
  const url: string;
  export default url;
}
