#!/usr/bin/env node
/**
 * `npm test` runs this first (the `pretest` script). Two tests need Debian packages: the demo's test
 * opens the transcript in Chromium with an emoji font, as on a desktop, and the export's test reads
 * the Excel workbook back with openpyxl, a reader the project did not write. When one is missing it
 * installs them with apt-get if it may (running as root, or with sudo that asks no password);
 * otherwise it stops with the exact command to run. It never lets the suite run without them.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";

const CHROMIUM = "/usr/bin/chromium";
const PYTHON = "/usr/bin/python3";

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const succeeds = (command, args) => spawnSync(command, args, { stdio: "ignore" }).status === 0;
const aptGet = ["/usr/bin/apt-get", "/bin/apt-get"].find(executable);

const NEEDS = [
  {
    what: `${CHROMIUM} (the demo's test opens its page in it)`,
    packages: ["chromium", "fonts-noto-color-emoji"],
    present: () => executable(CHROMIUM),
  },
  {
    what: "Python's openpyxl (the export's test reads the Excel workbook with it)",
    packages: ["python3-openpyxl"],
    present: () => executable(PYTHON) && succeeds(PYTHON, ["-c", "import openpyxl"]),
  },
];
const missing = NEEDS.filter((need) => !need.present());
if (missing.length === 0) process.exit(0);

const PACKAGES = missing.flatMap((need) => need.packages);
const install = ["install", "-y", "--no-install-recommends", ...PACKAGES];
const byHand = `sudo apt-get update && sudo apt-get install ${install.slice(1).join(" ")}`;
const stop = (why) => {
  console.error(`\nnpm test: missing ${missing.map((need) => need.what).join(" and ")}. ${why}\n`);
  process.exit(1);
};

if (!aptGet)
  stop(
    `This is not a Debian-like system (no apt-get): install the equivalents of ${PACKAGES.join(", ")} (Chromium at ${CHROMIUM}), then run npm test again.`,
  );

const asRoot = process.getuid?.() === 0;
const sudo = !asRoot && executable("/usr/bin/sudo") && succeeds("/usr/bin/sudo", ["-n", "true"]);
if (!asRoot && !sudo) stop(`Install them once with:\n\n  ${byHand}\n\nthen run npm test again.`);

console.error(`npm test: installing ${PACKAGES.join(", ")} with apt-get (once)…`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
const run = (args) => {
  const [command, rest] = sudo
    ? ["/usr/bin/sudo", ["-n", "env", "DEBIAN_FRONTEND=noninteractive", aptGet, ...args]]
    : [aptGet, args];
  const result = spawnSync(command, rest, { stdio: ["ignore", "inherit", "inherit"], env });
  return result.status === 0;
};
if (!run(["update"]) || !run(install) || missing.some((need) => !need.present()))
  stop(`Installing with apt-get failed (see above). Install by hand:\n\n  ${byHand}\n`);
console.error(`npm test: ${PACKAGES.join(", ")} installed.`);
