import { describe, expect, it } from 'vitest';
import { isLocalHost } from '../../src/core/knowledge/local-address.js';

// An allowlisted host of these may be linked over plain http (links.ts): a name that only looks local must not pass.
describe("isLocalHost: the member's own machine or home network, and nothing on the internet", () => {
  it.each([
    'localhost',
    'app.localhost',
    '[::1]',
    '127.0.0.1',
    '10.0.0.5',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.20',
    'homeassistant.local',
    'nas.home.arpa',
    'LOCALHOST',
  ])('reads %s as local', (host) => expect(isLocalHost(host)).toBe(true));
  it.each([
    'localhost.evil.com',
    'evil-localhost.com',
    '192.168.1.10.example.net',
    'local.example.com',
    'example.localdomain',
    '172.32.0.1',
    '172.15.0.1',
    '8.8.8.8',
    '192.169.0.1',
    '300.168.1.1',
    '192.168.1.300',
    '.local',
    'my.kaspersky.com',
    '',
  ])('reads %s as not local', (host) => expect(isLocalHost(host)).toBe(false));
});
