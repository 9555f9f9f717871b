// Plain `tsc` cannot read .astro files; `astro check` can, and checks every import of one against
// the component's real Props. For `tsc -b` alone (tsconfig.build.json), which checks the site's .ts
// modules, a component is a function of any props. tsconfig.json leaves this file out, so that in
// `astro check` a misspelt component path is still an error.
declare module '*.astro' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the real Props are checked by astro check
  const Component: (props: any) => any
  export default Component
}
