// Evaluates a Ruby file in CRuby 3.3 compiled to WebAssembly (the npm package @ruby/3.3-wasm-wasi) under
// Node's WASI, and prints the value of its last expression. Ruby 3.3 is what GitHub Pages builds with
// (actions/jekyll-build-pages: FROM ruby:3.3-slim); no Ruby 3.3 package exists for this Debian.
//   node ruby-wasm.mjs NODE_MODULES FILE.rb
import fs from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { WASI } from "node:wasi";

const [modules, file] = process.argv.slice(2);
const { RubyVM } = await import(pathToFileURL(path.join(modules, "@ruby/wasm-wasi/dist/esm/vm.js")).href);
const binary = await fs.readFile(path.join(modules, "@ruby/3.3-wasm-wasi/dist/ruby+stdlib.wasm"));
const wasi = new WASI({ version: "preview1", returnOnExit: true, env: {}, args: ["ruby"] });
const { vm } = await RubyVM.instantiateModule({ module: await WebAssembly.compile(binary), wasip1: wasi });
process.stdout.write(vm.eval(await fs.readFile(file, "utf8")).toString());
