import { execFileSync } from 'node:child_process';

export type DockerProbe = { readonly reachable: true } | { readonly reachable: false; readonly reason: string };

/**
 * Whether a Docker engine answers `/_ping`, decided synchronously so a suite can choose
 * `describe` or `describe.skip` when it loads. Follows DOCKER_HOST (unix:// or tcp://), else
 * the default socket.
 */
export function probeDocker(): DockerProbe {
  const host = process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock';
  const target = host.startsWith('unix://') ? { socketPath: host.slice('unix://'.length) } : tcpTarget(host);
  if (target === undefined) return { reachable: false, reason: `DOCKER_HOST=${host} is neither unix:// nor tcp://` };
  const script = `
    const req = require('node:http').get({ ...${JSON.stringify(target)}, path: '/_ping', timeout: 2000 }, (res) => {
      process.exit(res.statusCode === 200 ? 0 : 2);
    });
    req.on('timeout', () => { req.destroy(); process.exit(3); });
    req.on('error', (e) => { process.stderr.write(e.code || e.message); process.exit(4); });`;
  try {
    execFileSync(process.execPath, ['-e', script], { timeout: 5000, stdio: ['ignore', 'ignore', 'pipe'] });
    return { reachable: true };
  } catch (error) {
    const detail = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return { reachable: false, reason: `no Docker engine answers at ${host}${detail ? ` (${detail})` : ''}` };
  }
}

function tcpTarget(host: string): { host: string; port: number } | undefined {
  const match = /^tcp:\/\/([^:/]+):(\d+)/.exec(host);
  return match?.[1] === undefined ? undefined : { host: match[1], port: Number(match[2]) };
}
