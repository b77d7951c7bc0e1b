import { describe, expect, it } from 'vitest';
import { matchPath } from './router.tsx';

describe('matchPath', () => {
  it('matches literal parts and captures parameters', () => {
    expect(matchPath('/nominations/:id', '/nominations/n-1')).toEqual({ id: 'n-1' });
    expect(matchPath('/nominations/:id', '/nominations/n%201')).toEqual({ id: 'n 1' });
    expect(matchPath('/', '/')).toEqual({});
  });

  it('does not match other shapes', () => {
    expect(matchPath('/nominations/:id', '/nominations')).toBeUndefined();
    expect(matchPath('/nominations/:id', '/rounds/r-1')).toBeUndefined();
    expect(matchPath('/nominations', '/nominations/n-1/edit')).toBeUndefined();
  });
});
