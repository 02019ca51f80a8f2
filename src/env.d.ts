/// <reference types="astro/client" />

type RcwServices = import('./server/services.ts').Services; // eslint-disable-line @typescript-eslint/consistent-type-imports -- an ambient file cannot import

declare namespace App {
  interface Locals {
    /** Opened once by the production server (src/server/main.ts); see src/server/services.ts. */
    services?: RcwServices;
  }
}
