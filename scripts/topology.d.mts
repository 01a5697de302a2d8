// Types for topology.mjs (plain JavaScript: it runs as a script too).
export type Topology = {
  prefix: string;
  ports: { a: number; b: number; nginx: number; staticFiles: number; stamp: number };
  /** nginx in front of both instances */
  url: string;
  a: string;
  b: string;
  staticUrl: string;
  staticDir: string;
  /** nginx's request log, written when started with `accessLog` */
  accessLog: string;
  stop(): Promise<void>;
};
export function startTopology(options: {
  databaseUrl: string;
  redisUrl?: string;
  portBase?: number;
  distDir?: string;
  log?: boolean;
  freshDatabase?: boolean;
  extraEnv?: Record<string, string>;
  /** nginx logs every request (time, the app's time, cache status, status, address) to `accessLog` */
  accessLog?: boolean;
}): Promise<Topology>;
export function nginxConfig(options: { prefix: string; listen: number; stamp: number; instances: number[]; accessLog?: boolean }): string;
