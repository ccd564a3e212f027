/**
 * zod/mini (the Lambda-path schemas use it: a third of full zod's size) ships without error messages;
 * importing this module loads the English ones, which the config, event, fire-payload and settings
 * errors quote. zod's configuration is global: one import anywhere sets it for all.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());
