#!/usr/bin/env node
// The installed `foi-lint` command: a committed file, so npm links it before the first build.
require('../out/cli.js');
