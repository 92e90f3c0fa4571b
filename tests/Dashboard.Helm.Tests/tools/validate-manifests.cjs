// Validates every object of a rendered multi-document YAML file against the Kubernetes 1.33 OpenAPI schemas
// (kubernetes-models 4.5.x, validated with ajv) and prints one JSON document: {objects: [...], errors: [...]}.
// Usage: node validate-manifests.cjs <rendered.yaml>. Exit code 0 even with errors: the caller asserts on them.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

function modelFor(apiVersion, kind) {
  // "v1" -> kubernetes-models/v1/Kind, "apps/v1" -> kubernetes-models/apps/v1/Kind.
  const modulePath = path.join(__dirname, 'node_modules', 'kubernetes-models', ...apiVersion.split('/'), `${kind}.js`);
  if (!fs.existsSync(modulePath)) {
    return null;
  }
  return require(modulePath)[kind] ?? null;
}

const file = process.argv[2];
const documents = YAML.parseAllDocuments(fs.readFileSync(file, 'utf8'));
const objects = [];
const errors = [];
for (const document of documents) {
  if (document.errors.length > 0) {
    errors.push({ object: '(yaml)', message: document.errors.map(e => e.message).join('; ') });
    continue;
  }
  const value = document.toJS();
  if (value === null || value === undefined) {
    continue;
  }
  objects.push(value);
  const name = `${value.kind ?? '?'} ${value.metadata?.namespace ? value.metadata.namespace + '/' : ''}${value.metadata?.name ?? '?'}`;
  if (typeof value.apiVersion !== 'string' || typeof value.kind !== 'string') {
    errors.push({ object: name, message: 'apiVersion and kind are required' });
    continue;
  }
  const Model = modelFor(value.apiVersion, value.kind);
  if (Model === null) {
    errors.push({ object: name, message: `no Kubernetes 1.33 schema for ${value.apiVersion} ${value.kind}` });
    continue;
  }
  try {
    new Model(value).validate();
  } catch (error) {
    errors.push({ object: name, message: String(error.message ?? error) });
  }
}
process.stdout.write(JSON.stringify({ objects, errors }));
