// Bundle tests, emulator tests and e2e tests run build/Code.js and dist/cli.js: build them once first.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async () => {
  execFileSync(process.execPath, [join(__dirname, '..', 'scripts', 'build.mjs'), '--quiet'], {
    stdio: 'inherit',
  });
};
