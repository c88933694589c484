/** A TCP port of 127.0.0.1 that is free right now, for a child process that needs a port number before it starts. */
import net from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
