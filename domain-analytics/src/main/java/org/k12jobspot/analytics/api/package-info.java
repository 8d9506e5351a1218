/** What the web layer uses of the analytics module: counting page requests and reading reports. */
package org.k12jobspot.analytics.api;
