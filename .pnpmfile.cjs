// better-sqlite3 compiles from source when its prebuilt binary cannot be downloaded (an offline
// machine). node-gyp would then download Node's headers as well, and fail the install. Point it at
// the headers of the Node that runs the install: Debian's nodejs and the official tarballs both
// ship them under <prefix>/include/node. pnpm passes only the variables named here to build scripts.
const fs = require('node:fs');
const path = require('node:path');

function localNodeHeaders() {
  const prefix = path.dirname(path.dirname(process.execPath));
  return fs.existsSync(path.join(prefix, 'include', 'node', 'node.h')) ? prefix : undefined;
}

module.exports = {
  hooks: {
    updateConfig(config) {
      const nodedir = process.env.npm_config_nodedir || localNodeHeaders();
      if (!nodedir) return config;
      return { ...config, extraEnv: { ...(config.extraEnv ?? {}), npm_config_nodedir: nodedir } };
    },
  },
};
