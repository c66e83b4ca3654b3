/**
 * The test PBX: an AMI-speaking stand-in for Asterisk 20 that plays scripted calls. Used by the
 * integration tests, the benchmark and the demo mode; never by production code paths.
 */
@Version("1.1.0")
package org.centrala.testpbx;

import org.osgi.annotation.versioning.Version;
