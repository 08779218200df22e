// Prints a TCP port that is free right now (tests and CI never assume 3000).
import { createServer } from 'node:net';

const server = createServer().listen(0, '127.0.0.1', () => {
  console.log(server.address().port);
  server.close();
});
