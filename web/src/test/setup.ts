import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { pinnedClock } from '@tandem/shared';
import { setClockForTests } from '../lib/clock';

// Sized for a busy 2-CPU machine: findBy*/waitFor wait on a visible outcome for up to 10 s (they return as soon as it shows).
configure({ asyncUtilTimeout: 10_000 });

// npm test runs the date-sensitive suites at fixed "todays": TANDEM_NOW pins the web app's clock as it pins the API's.
if (process.env.TANDEM_NOW) setClockForTests(pinnedClock(process.env.TANDEM_NOW));

// Dates and numbers are written in the person's locale (web/src/lib/locale.ts); component tests read as a British browser.
if (typeof window !== 'undefined') Object.defineProperty(window.navigator, 'languages', { value: ['en-GB', 'en'], configurable: true });
if (typeof window !== 'undefined') Object.defineProperty(window.navigator, 'language', { value: 'en-GB', configurable: true });
