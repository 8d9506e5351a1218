package org.k12jobspot.accounts.internal;

import java.time.Duration;

/** How many wrong passwords in a row lock sign-in, and for how long. */
record SignInLock(int maxFailures, Duration duration) {}
