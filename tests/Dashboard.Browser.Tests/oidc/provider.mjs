// A real OpenID provider (npm oidc-provider) for the dashboard's login browser tests. Never used in production.
//
// Start: node provider.mjs  → prints "LISTENING <issuer>" once it listens on 127.0.0.1 (free port).
// Then write ONE line of JSON to stdin: {"redirectUris": [...], "postLogoutRedirectUris": [...]}
// (the dashboard's port is known only after the dashboard starts, and it needs the issuer first)
// → prints "READY". GET /test/requests lists the redirect_uri of every authorization / pushed request seen.
import http from 'node:http';
import readline from 'node:readline';
import Provider from 'oidc-provider';

const accounts = {
  olivia: { name: 'Olivia Operator', preferred_username: 'olivia', email: 'olivia@example.com', groups: ['homelab-ops', 'family'] },
  victor: { name: 'Victor Viewer', preferred_username: 'victor', email: 'victor@example.com', groups: ['family'] },
};

const seen = [];
let provider;
const server = http.createServer((req, res) => {
  if (!provider) {
    res.writeHead(503).end('not configured yet');
    return;
  }
  provider.callback()(req, res);
});

server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  console.log(`LISTENING ${issuer}`);
  const lines = readline.createInterface({ input: process.stdin });
  lines.once('line', (line) => {
    const { redirectUris, postLogoutRedirectUris } = JSON.parse(line);
    provider = create(issuer, redirectUris, postLogoutRedirectUris);
    console.log('READY');
  });
});

function create(issuer, redirectUris, postLogoutRedirectUris) {
  const created = new Provider(issuer, {
    clients: [{
      client_id: 'dashboard',
      client_secret: 'dashboard-test-secret',
      token_endpoint_auth_method: 'client_secret_post',
      grant_types: ['authorization_code'],
      response_types: ['code'],
      redirect_uris: redirectUris,
      post_logout_redirect_uris: postLogoutRedirectUris,
    }],
    pkce: { required: () => true },
    scopes: ['openid', 'profile', 'email', 'groups'],
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username'],
      email: ['email'],
      groups: ['groups'],
    },
    findAccount: (ctx, id) => accounts[id] && {
      accountId: id,
      claims: () => ({ sub: id, ...accounts[id] }),
    },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      pushedAuthorizationRequests: { enabled: true },
    },
    cookies: { keys: ['dashboard-test-cookie-key'] },
    // Deterministic tests: no refresh tokens, short-lived nothing else to tune.
    ttl: { Session: 3600, Interaction: 600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
  });

  created.use(async (ctx, next) => {
    if (ctx.path === '/test/requests') {
      ctx.body = seen;
      return;
    }
    try {
      await next();
    } finally {
      const route = ctx.oidc?.route;
      const redirectUri = ctx.oidc?.params?.redirect_uri;
      if (redirectUri && (route === 'pushed_authorization_request' || route === 'authorization')) {
        seen.push({ route, redirect_uri: redirectUri });
      }
    }
  });
  return created;
}

// The test kills the process; also stop when its stdin closes (the test host died).
process.stdin.on('end', () => process.exit(0));
