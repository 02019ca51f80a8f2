/** The origins of the servers this test process started: the only ones a browser test may talk to. */
export const serverOrigins = new Set<string>();
