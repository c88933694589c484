// Installs what a fresh clone lacks before `npm start` / `npm test`: npm packages (when the lock changed) and,
// with --browser, Debian's chromium for the end-to-end tests. Plain Node: it runs before tsx is installed.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
const mtime = (f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0);

if (mtime('node_modules/.package-lock.json') < mtime('package-lock.json')) {
  console.log('deps: installing npm packages (npm ci)…');
  run('npm ci --no-audit --no-fund --loglevel=error');
}

if (process.argv.includes('--browser') && !fs.existsSync('/usr/bin/chromium')) {
  if (process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')) {
    console.log("deps: installing Debian's chromium for the browser tests…");
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null');
  } else {
    console.error('deps: /usr/bin/chromium is missing: install Debian\'s "chromium" package (sudo apt-get install chromium)');
    process.exit(1);
  }
}
