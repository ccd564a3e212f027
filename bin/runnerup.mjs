#!/usr/bin/env node
// Package bin: run the TypeScript command line through tsx's ESM loader.
import { register } from 'tsx/esm/api';
register();
await import('../cli/main.ts');
