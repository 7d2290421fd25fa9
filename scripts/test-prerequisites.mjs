#!/usr/bin/env node
/**
 * `npm test` runs this first (the `pretest` script): the demo's test opens the transcript in
 * Debian's Chromium with an emoji font, as on a desktop. When /usr/bin/chromium is missing it installs
 * both with apt-get if it may (running as root, or with sudo that asks no password); otherwise it
 * stops with the exact command to run. It never lets the suite run without the browser.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";

const CHROMIUM = "/usr/bin/chromium";
const PACKAGES = ["chromium", "fonts-noto-color-emoji"];

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

if (executable(CHROMIUM)) process.exit(0);

const install = ["install", "-y", "--no-install-recommends", ...PACKAGES];
const byHand = `sudo apt-get update && sudo apt-get install ${install.slice(1).join(" ")}`;
const stop = (why) => {
  console.error(`\nnpm test: ${CHROMIUM} is missing; the demo's test opens its page in it. ${why}\n`);
  process.exit(1);
};

if (!aptGet)
  stop(
    "This is not a Debian-like system (no apt-get): install Chromium so that /usr/bin/chromium runs it, with an emoji font, then run npm test again.",
  );

const asRoot = process.getuid?.() === 0;
const sudo = !asRoot && executable("/usr/bin/sudo") && succeeds("/usr/bin/sudo", ["-n", "true"]);
if (!asRoot && !sudo) stop(`Install it once with:\n\n  ${byHand}\n\nthen run npm test again.`);

console.error(`npm test: ${CHROMIUM} is missing; installing ${PACKAGES.join(" and ")} with apt-get (once)…`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
const run = (args) => {
  const [command, rest] = sudo
    ? ["/usr/bin/sudo", ["-n", "env", "DEBIAN_FRONTEND=noninteractive", aptGet, ...args]]
    : [aptGet, args];
  const result = spawnSync(command, rest, { stdio: ["ignore", "inherit", "inherit"], env });
  return result.status === 0;
};
if (!run(["update"]) || !run(install) || !executable(CHROMIUM))
  stop(`Installing it with apt-get failed (see above). Install it by hand:\n\n  ${byHand}\n`);
console.error(`npm test: ${CHROMIUM} installed.`);
