// Integration tests start an app and a database of their own: more than jest's default 5 s.
jest.setTimeout(60_000);
