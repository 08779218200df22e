// A `.sql` file imported as its text (webpack's asset/source in the build, test/setup/sql-transform.cjs in jest).
declare module '*.sql' {
  const text: string;
  export default text;
}
