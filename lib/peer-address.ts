import http from 'node:http';

/**
 * `next start` passes a client's own X-Forwarded-For through untouched and adds the socket address
 * only when there is none (`x-forwarded-for ??= socket.remoteAddress` in next/dist/server/base-server),
 * so without a custom server nothing tells the two apart. This appends the socket address to every
 * incoming request, as a proxy would, before Next sees it; lib/client-address.ts then reads from the
 * right. Installed once per process from instrumentation (it patches the prototype, so it covers the
 * server `next start` already created).
 */
export function appendPeerAddressToForwardedFor(): void {
  const proto = http.Server.prototype as http.Server & { __toasoanPeerAddress?: boolean };
  if (proto.__toasoanPeerAddress) return;
  proto.__toasoanPeerAddress = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') stampPeerAddress(args[0] as http.IncomingMessage);
    return (emit as (this: http.Server, e: string | symbol, ...a: unknown[]) => boolean).call(this, event, ...args);
  } as typeof proto.emit;
}

export function stampPeerAddress(req: http.IncomingMessage): void {
  const peer = req.socket?.remoteAddress;
  if (!peer) return;
  const sent = req.headers['x-forwarded-for'];
  const list = Array.isArray(sent) ? sent.join(', ') : sent;
  req.headers['x-forwarded-for'] = list ? `${list}, ${peer}` : peer;
}
