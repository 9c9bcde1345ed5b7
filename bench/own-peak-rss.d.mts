/** The calling process's own peak RSS in KiB (see own-peak-rss.mjs). */
export default function ownPeakRssKb(): number;
