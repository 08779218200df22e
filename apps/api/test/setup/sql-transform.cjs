// Jest: a `.sql` file is a module whose default export is its text, as webpack's asset/source makes it in the build.
module.exports = {
  process(source) {
    return { code: `module.exports = ${JSON.stringify(source)};` };
  },
};
