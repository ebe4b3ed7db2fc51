'use client';
/**
 * "Download GeoJSON" and "Download CSV" for a result: files made in the browser from
 * the data on the page (corrections included), nothing sent anywhere.
 */
import type { ParseResult } from '@/geo/types';
import './export.css';
import { toCsv } from './toCsv';

export interface ExportButtonsProps {
  result: ParseResult;
  /** File names start with this (a slug: letters, digits, hyphens). */
  fileName: string;
  /** Place id → governorate name, for the CSV's admin1 column. */
  admin1?: Readonly<Record<string, string>>;
}

export function ExportButtons({ result, fileName, admin1 }: ExportButtonsProps) {
  const base = `claimmap-${slugify(fileName)}`;

  function downloadGeoJson() {
    download(`${base}.geojson`, 'application/geo+json', `${JSON.stringify(result, null, 2)}\n`);
  }

  function downloadCsv() {
    // The byte order mark tells spreadsheet programs the file is UTF-8 (Dar‘ā, not DarÃ¢Â€Â˜Ä).
    download(`${base}.csv`, 'text/csv;charset=utf-8', `\uFEFF${toCsv(result, admin1 ? { admin1 } : {})}`);
  }

  return (
    <div className="export-buttons" role="group" aria-label="Download the places and claims">
      <button type="button" className="export-button" onClick={downloadGeoJson}>
        Download GeoJSON
      </button>
      <button type="button" className="export-button" onClick={downloadCsv}>
        Download CSV
      </button>
    </div>
  );
}

function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the object URL goes.
  setTimeout(function releaseDownload() {
    URL.revokeObjectURL(url);
  }, 10_000);
}

function slugify(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'report'
  );
}
