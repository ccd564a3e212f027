import * as lambda from 'aws-cdk-lib/aws-lambda';
import { OutputFormat, SourceMapMode, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';

/** Newest Node.js runtime aws-cdk-lib knows; keep ESBUILD_TARGET in step with it. */
export const LAMBDA_RUNTIME = lambda.Runtime.NODEJS_24_X;
export const ESBUILD_TARGET = 'node24';
/** The runtime ships AWS SDK v3; bundling it would triple the package for no gain. */
export const EXTERNAL_MODULES = ['@aws-sdk/*'];
/** Some dependencies are CommonJS and call require(); an ESM bundle needs one defined. */
export const ESM_REQUIRE_BANNER = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";
/** Prefer packages' ESM builds so tree shaking works. */
export const MAIN_FIELDS = ['module', 'main'];
/** The size budget per function bundle (minified .mjs, without its source map). */
export const BUNDLE_BUDGET_BYTES = 250 * 1024;

/** Bundling for NodejsFunction: local esbuild (never Docker), ESM, minified, with source maps. */
export const BUNDLING: BundlingOptions = {
  forceDockerBundling: false,
  format: OutputFormat.ESM,
  minify: true,
  sourceMap: true,
  sourceMapMode: SourceMapMode.DEFAULT,
  sourcesContent: false,
  target: ESBUILD_TARGET,
  externalModules: EXTERNAL_MODULES,
  mainFields: MAIN_FIELDS,
  banner: ESM_REQUIRE_BANNER,
};

/** The same options in esbuild's own terms, for measuring bundle size outside CDK (bench/bundle-size.ts). */
export const ESBUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  minify: true,
  sourcemap: 'linked',
  sourcesContent: false,
  target: ESBUILD_TARGET,
  external: EXTERNAL_MODULES,
  mainFields: MAIN_FIELDS,
  banner: { js: ESM_REQUIRE_BANNER },
} as const;
