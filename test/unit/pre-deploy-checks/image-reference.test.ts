import { describe, expect, it } from '@jest/globals';
import {
  manifestReference,
  parseImageReference,
  registryBaseUrl,
} from '../../../actions/pre-deploy-checks/src/image-reference.js';
import { parseChallenge } from '../../../actions/pre-deploy-checks/src/registry.js';
import { checkVersion } from '../../../actions/pre-deploy-checks/src/semver-check.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('image references', () => {
  it.each([
    ['nginx', 'docker.io', 'library/nginx', 'latest', undefined],
    ['nginx:1.27', 'docker.io', 'library/nginx', '1.27', undefined],
    ['octo/app:v1', 'docker.io', 'octo/app', 'v1', undefined],
    ['ghcr.io/octo-org/service:1.4.2', 'ghcr.io', 'octo-org/service', '1.4.2', undefined],
    ['localhost/app', 'localhost', 'app', 'latest', undefined],
    ['127.0.0.1:5000/team/app__x:rc-1', '127.0.0.1:5000', 'team/app__x', 'rc-1', undefined],
    [`registry.example.com:5000/app@${DIGEST}`, 'registry.example.com:5000', 'app', undefined, DIGEST],
    [`app:1@${DIGEST}`, 'docker.io', 'library/app', '1', DIGEST],
    ['index.docker.io/library/redis', 'docker.io', 'library/redis', 'latest', undefined],
  ])('%s', (text, domain, path, tag, digest) => {
    expect(parseImageReference(text)).toMatchObject({ domain, path, tag, digest });
  });

  it.each([
    ['Nginx', /repository/],
    ['app:', /tag ''/],
    ['app:bad tag', /tag/],
    ['app@sha256:xyz', /digest/],
    [`app@sha256:${'ab'.repeat(31)}`, /digest/],
    ['http://registry/app', /repository|registry/],
    ['registry..example.com/app', /registry/],
    ['a//b', /repository/],
    ['', /empty/],
  ])('rejects %j', (text, problem) => {
    expect(() => parseImageReference(text)).toThrow(problem);
  });

  it('asks for the digest when there is one, and speaks HTTP only to loopback registries', () => {
    expect(manifestReference(parseImageReference(`app:1@${DIGEST}`))).toBe(DIGEST);
    expect(registryBaseUrl(parseImageReference('nginx'))).toBe('https://registry-1.docker.io');
    expect(registryBaseUrl(parseImageReference('127.0.0.1:5000/app'))).toBe('http://127.0.0.1:5000');
    expect(registryBaseUrl(parseImageReference('localhost:5000/app'))).toBe('http://localhost:5000');
    expect(registryBaseUrl(parseImageReference('ghcr.io/o/app'))).toBe('https://ghcr.io');
  });
});

describe('registry challenges', () => {
  it('reads Bearer parameters, quoted or not', () => {
    expect(
      parseChallenge(
        'Bearer realm="https://auth.example.com/token",service="registry.example.com",scope="repository:a/b:pull"',
      ),
    ).toEqual({
      scheme: 'bearer',
      params: {
        realm: 'https://auth.example.com/token',
        service: 'registry.example.com',
        scope: 'repository:a/b:pull',
      },
    });
    expect(parseChallenge('Basic realm=Registry')).toEqual({
      scheme: 'basic',
      params: { realm: 'Registry' },
    });
    expect(parseChallenge(undefined)).toBeUndefined();
  });
});

describe('versions', () => {
  it.each(['1.2.3', 'v1.2.3', '0.0.1-alpha.1+build.5', '10.20.30-rc.1'])('accepts %s', (v) => {
    expect(checkVersion(v).ok).toBe(true);
  });
  it.each(['1.2', '01.2.3', '1.2.3-01', 'version1', '1.2.3+', 'V1.2.3'])('rejects %s', (v) => {
    expect(checkVersion(v).ok).toBe(false);
  });
});
