/**
 * The `pgi` command (Node only). `pgi --help` lists the commands.
 * @module
 */
import { main } from "./main";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`pgi: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
