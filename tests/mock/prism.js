// Runs the pinned Prism CLI (`node prism.js mock ...`, same arguments as `prism`), and exits as
// soon as its stdin closes: the test process that started it holds the other end, so Prism never
// outlives the tests, however they end (success, panic, abort or kill).
'use strict';
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
require('@stoplight/prism-cli/dist/index.js');
