// The least a shipgate action loads: the toolkit's runner interface. bench/startup/run.ts bundles this
// with ncc and times it beside the actions, as the floor any bundle built on @actions/core starts from.
import * as core from '@actions/core';

core.getInput('required-input', { required: true });
