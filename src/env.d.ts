/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Opened once by the production server (src/server/main.ts); see src/server/services.ts. */
    services?: import('./server/services.ts').Services;
  }
}
