/**
 * Text rules that several stages share, each in one place: escaping for HTML and XML, JSON strings,
 * and how control characters are shown to people. The lowest package: it depends on nothing else
 * in briefkit, so that every stage can use the same rule.
 */
package org.briefkit.text;
