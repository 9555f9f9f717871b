import { defineConfig } from 'vitest/config'

// Three kinds of tests, one runner, so `npm test` can report one total.
// Integration and end-to-end files run one at a time: each starts Payload or Chromium,
// and the machine has two cores.
// Integration tests that do not depend on which database the CMS runs on (they run the commands
// with their own SQLite files, or build the site), left out of the PostgreSQL and MongoDB runs.
const notDatabaseTests = [
  'tests/integration/faults.test.ts',
  'tests/integration/site-build.test.ts',
  'tests/integration/generated-files.test.ts',
  'tests/integration/mongodb-wiring.test.ts',
  'tests/integration/hostile-content.test.ts',
  // A site build of the whole corpus: what it checks does not depend on the database.
  'tests/integration/adopting-organisation.test.ts',
  // A small site build and its events page in a browser: no database behaviour in it.
  'tests/integration/event-outputs.test.ts',
]

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          setupFiles: ['tests/integration/setup.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        // The integration tests that use the database, once more on a real PostgreSQL server
        // (selected by npm test when PostgreSQL is installed; see scripts/tasks/test.ts).
        test: {
          name: 'integration-postgres',
          include: ['tests/integration/**/*.test.ts'],
          exclude: notDatabaseTests,
          globalSetup: ['tests/integration/postgres-global-setup.ts'],
          setupFiles: ['tests/integration/setup.ts', 'tests/integration/postgres-setup.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        // …and on a real MongoDB server, when MONGODB_TEST_URI names one (see scripts/tasks/test.ts).
        test: {
          name: 'integration-mongodb',
          include: ['tests/integration/**/*.test.ts'],
          exclude: notDatabaseTests,
          setupFiles: ['tests/integration/setup.ts', 'tests/integration/mongodb-setup.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        // Adversarial tests (request fuzzing of the local servers, …): one file at a time, as
        // they start servers and send thousands of requests.
        test: {
          name: 'security',
          include: ['tests/security/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
