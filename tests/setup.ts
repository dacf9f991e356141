import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// Two-core CI machines run the browser build beside these tests: give screens time to appear.
configure({ asyncUtilTimeout: 5000 });
