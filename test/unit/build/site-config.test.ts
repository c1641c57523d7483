import { describe, expect, test } from 'vitest';
import { LOCAL_SITE, parseBasePath, parseSiteConfig } from '../../../scripts/site-config.mjs';

describe('parseSiteConfig', () => {
  test('without SITE_URL or BASE_PATH: the local address at the root, and one warning saying so', () => {
    const config = parseSiteConfig({});
    expect(config.site).toBe('http://localhost:4321');
    expect(config.site).toBe(LOCAL_SITE);
    expect(config.base).toBe('/');
    expect(config.warnings).toHaveLength(1);
    expect(config.warnings[0]).toMatch(/^SITE_URL is not set: .* will point at the local address http:\/\/localhost:4321\./);
    expect(parseSiteConfig({ SITE_URL: '', BASE_PATH: '' })).toEqual(config);
  });

  test('SITE_URL gives the origin, without warnings', () => {
    expect(parseSiteConfig({ SITE_URL: 'https://news.example.org' })).toEqual({ site: 'https://news.example.org', base: '/', warnings: [] });
    expect(parseSiteConfig({ SITE_URL: 'https://news.example.org/' }).site).toBe('https://news.example.org');
    expect(parseSiteConfig({ SITE_URL: ' https://News.Example.org:8443 \n' }).site).toBe('https://news.example.org:8443');
    expect(parseSiteConfig({ SITE_URL: 'http://localhost:4321' }).site).toBe('http://localhost:4321');
    expect(parseSiteConfig({ SITE_URL: 'http://127.0.0.1:8080/' }).site).toBe('http://127.0.0.1:8080');
  });

  test('a sub-path, with or without its slashes', () => {
    const env = { SITE_URL: 'https://news.example.org' };
    for (const BASE_PATH of ['/graphics/rafah/', 'graphics/rafah', '/graphics/rafah', 'graphics/rafah/']) {
      expect(parseSiteConfig({ ...env, BASE_PATH }).base).toBe('/graphics/rafah/');
    }
    expect(parseSiteConfig({ BASE_PATH: '/' }).base).toBe('/');
    expect(parseSiteConfig({ BASE_PATH: 'a' }).base).toBe('/a/');
    expect(parseSiteConfig({ BASE_PATH: '/2025-11_gaza.v2~x/' }).base).toBe('/2025-11_gaza.v2~x/');
  });
});

describe('refused SITE_URL values name SITE_URL, the value and what is allowed', () => {
  const allowed =
    'SITE_URL must be an https:// origin with no path, query or hash, such as https://news.example.org ' +
    '(http:// only for localhost or 127.0.0.1; put a sub-path in BASE_PATH).';
  test.each([
    ['news.example.org', 'is not an absolute URL'],
    ['/graphics/rafah/', 'is not an absolute URL'],
    ['http://news.example.org', 'uses http:// for a host other than localhost or 127.0.0.1'],
    ['ftp://news.example.org', 'is not an https:// URL'],
    ['https://news.example.org/graphics/rafah/', 'has a path (/graphics/rafah/)'],
    ['https://news.example.org/?a=1', 'has a query'],
    ['https://news.example.org?', 'has a query'],
    ['https://news.example.org/#top', 'has a hash'],
    ['https://user:secret@news.example.org', 'has a user name or password'],
  ])('%s', (value, problem) => {
    expect(() => parseSiteConfig({ SITE_URL: value })).toThrow(`SITE_URL=${JSON.stringify(value)} ${problem}: ${allowed}`);
  });
});

describe('refused BASE_PATH values name BASE_PATH, the value and what is allowed', () => {
  const allowed = 'it must be a URL path of letters, digits and . _ ~ - between single slashes, such as /graphics/rafah/ (default /).';
  test.each([
    ['/graphics/../etc/', 'has ".."'],
    ['..', 'has ".."'],
    ['/graphics//rafah/', 'has an empty segment (//)'],
    ['//evil.example/', 'has an empty segment (//)'],
    ['/graphics/rafah/?x=1', 'has a query (?)'],
    ['/graphics/rafah/#top', 'has a hash (#)'],
    ['/graphics/ rafah/', 'has a space'],
    [' /graphics/', 'has a space'],
    ['/graphics/rafah%20/', 'has the character "%"'],
    ['/grafik/räfah/', 'has the character "ä"'],
    ['https://news.example.org/x/', 'is a URL, not a path (the origin goes in SITE_URL)'],
    ['/graphics:rafah/', 'has the character ":"'],
    ['/./x/', 'has a "." segment'],
  ])('%s', (value, problem) => {
    expect(() => parseSiteConfig({ BASE_PATH: value })).toThrow(`BASE_PATH=${JSON.stringify(value)} ${problem}: ${allowed}`);
  });

  test('the option name is the one given (the server says --base)', () => {
    expect(() => parseBasePath('/a b/', '--base')).toThrow(/^--base="\/a b\/" has a space: /);
  });
});
