/**
 * The production build served by `vite preview` for a benchmark, and the way to stop it. The server runs in a
 * process group of its own, so stopping it ends vite itself and not only the `npx` that started it.
 */
import { spawn } from 'node:child_process';

export async function startPreview(port: number): Promise<() => void> {
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
  const stop = () => {
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  };
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (server.exitCode !== null) break;
    try {
      if ((await fetch(`http://127.0.0.1:${port}`)).ok) return stop;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  stop();
  throw new Error(`vite preview did not start on port ${port} (is another server using it?)`);
}
