// Usage: node validate-gltf.js FILE.glb|FILE.gltf ...   exit 1 if any file has errors
// Runs the Khronos glTF validator (gltf-validator) and prints, for each file, one line with the counts of errors,
// warnings, infos and hints, then each message.
const fs = require('fs');
const path = require('path');
const validator = require('gltf-validator');

async function validate(file) {
  const full = path.resolve(file);
  const report = await validator.validateBytes(new Uint8Array(fs.readFileSync(full)), {
    uri: path.basename(full),
    writeTimestamp: false,
    maxIssues: 0,
    externalResourceFunction: (uri) =>
      fs.promises.readFile(path.resolve(path.dirname(full), decodeURIComponent(uri))).then((b) => new Uint8Array(b)),
  });
  const i = report.issues;
  console.log(`${file}: validator ${report.validatorVersion} errors=${i.numErrors} warnings=${i.numWarnings} infos=${i.numInfos} hints=${i.numHints}` +
    ` (${report.info ? report.info.totalVertexCount + ' vertices, ' + report.info.drawCallCount + ' draw calls' : ''})`);
  for (const m of i.messages) console.log(`  [sev ${m.severity}] ${m.code} ${m.pointer || ''} ${m.message}`);
  return i.numErrors;
}

(async () => {
  let errors = 0;
  for (const f of process.argv.slice(2)) errors += await validate(f);
  process.exit(errors > 0 ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(2); });
