/**
 * A CLI piped into `head` sees its reader go away: that is the reader's choice, not an error, so
 * the process ends quietly instead of dying with EPIPE.
 */
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
