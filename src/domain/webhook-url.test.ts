import { describe, expect, it } from 'vitest';
import { allowListed, isInsideAddress, redactedUrl, webhookUrlProblem } from './webhook-url';

describe('isInsideAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['0.0.0.0', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.100.100.200', true],
    ['100.64.0.1', true],
    ['224.0.0.1', true],
    ['255.255.255.255', true],
    ['8.8.8.8', false],
    ['203.0.113.5', true],
    ['::1', true],
    ['::', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['::ffff:8.8.8.8', false],
    ['64:ff9b::a9fe:a9fe', true],
    ['2002:7f00:1::', true],
    ['fe80::1', true],
    ['fd00:ec2::254', true],
    ['fc00::1', true],
    ['ff02::1', true],
    ['2400:3200::1', false],
    ['[::1]', true],
    ['not an address', false],
  ])('%s → %s', (address, inside) => {
    expect(isInsideAddress(address)).toBe(inside);
  });
});

describe('allowListed', () => {
  it.each([
    ['hooks.intranet.gov.cn', ['hooks.intranet.gov.cn'], true],
    ['HOOKS.intranet.gov.cn', ['hooks.intranet.gov.cn'], true],
    ['other.intranet.gov.cn', ['hooks.intranet.gov.cn'], false],
    ['10.20.30.40', ['10.0.0.0/8'], true],
    ['11.20.30.40', ['10.0.0.0/8'], false],
    ['127.0.0.1', ['127.0.0.1'], true],
    ['fd00::5', ['fd00::/8'], true],
    ['fe80::5', ['fd00::/8'], false],
    ['10.0.0.1', [], false],
  ])('%s in %j → %s', (host, list, allowed) => {
    expect(allowListed(host, list)).toBe(allowed);
  });
});

describe('webhookUrlProblem', () => {
  it.each([
    ['https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k', null],
    ['https://oapi.dingtalk.com/robot/send?access_token=t', null],
    ['http://hooks.example.org/npf', 'httpsRequired'],
    ['ftp://hooks.example.org/npf', 'invalidUrl'],
    ['not a url', 'invalidUrl'],
    ['https://127.0.0.1/x', 'internalAddress'],
    ['https://localhost:8080/api/users', 'internalAddress'],
    ['https://api.localhost/x', 'internalAddress'],
    ['https://0.0.0.0/x', 'internalAddress'],
    // Decimal, hexadecimal and octal forms of 127.0.0.1 and of the metadata address.
    ['https://2130706433/x', 'internalAddress'],
    ['https://0x7f.0.0.1/x', 'internalAddress'],
    ['https://0177.0.0.1/x', 'internalAddress'],
    ['https://2852039166/latest/meta-data', 'internalAddress'],
    ['https://[::1]/x', 'internalAddress'],
    ['https://[::ffff:169.254.169.254]/x', 'internalAddress'],
    ['https://100.100.100.200/latest/meta-data', 'internalAddress'],
  ])('%s → %s', (url, problem) => {
    expect(webhookUrlProblem(url, [])).toBe(problem);
  });

  it('lets an allow-listed intranet host use http and an inside address', () => {
    expect(webhookUrlProblem('http://10.1.2.3:9000/hook', ['10.0.0.0/8'])).toBeNull();
    expect(webhookUrlProblem('http://hooks.intranet/hook', ['hooks.intranet'])).toBeNull();
    expect(webhookUrlProblem('http://10.1.2.3:9000/hook', ['192.168.0.0/16'])).toBe(
      'httpsRequired',
    );
  });
});

describe('redactedUrl', () => {
  it.each([
    [
      'https://oapi.dingtalk.com/robot/send?access_token=SECRET',
      'https://oapi.dingtalk.com/robot/send?…',
    ],
    ['https://user:pass@hooks.example.org/npf', 'https://…@hooks.example.org/npf'],
    ['https://hooks.example.org/npf#token', 'https://hooks.example.org/npf#…'],
    ['https://hooks.example.org:8443/npf', 'https://hooks.example.org:8443/npf'],
    ['::', '…'],
  ])('%s → %s', (url, shown) => {
    expect(redactedUrl(url)).toBe(shown);
  });
});
