// Runs a command-line task: its result on standard output, a failure as one clear line and exit 1.
export function runCli(task: (args: string[]) => Promise<string>): void {
  task(process.argv.slice(2)).then(
    (message) => {
      process.stdout.write(`${message}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
