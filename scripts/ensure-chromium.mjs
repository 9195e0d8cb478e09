// Browser tests drive Debian's Chromium. Installs it when missing and we are root; otherwise says what to install.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
if (candidates.some((p) => existsSync(p))) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log("Chromium is missing: installing Debian's chromium package for the browser tests …");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  process.exit(0);
}
console.error(
  'The browser tests need Chromium at /usr/bin/chromium.\n' +
    'Install it with:  sudo apt-get install -y chromium   (Debian/Ubuntu)\n' +
    'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
);
process.exit(1);
