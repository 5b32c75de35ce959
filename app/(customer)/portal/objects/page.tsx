import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { firstParam, folderCursor, FolderNotice, FolderPage } from "@/components/customer/folder-page";
import { ObjectKindFilter, OBJECT_KINDS } from "@/components/customer/objects/object-kind-filter";
import { ObjectList } from "@/components/customer/objects/object-list";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listFolderObjects } from "@/lib/data/insured-objects/list-folder-objects";
import { folderPageContext } from "@/lib/data/portal/folder-page-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("companyModules.objects"))("title") };
}

/** /portal/objects: vehicles, buildings and machines the viewer may see, grouped by kind, each with its contract. */
export default async function InsuredObjectsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const folder = folderPageContext(await getRequestContext(), "INSURANCE");
  if (!folder) notFound();
  if (folder.visibility !== "visible") return <FolderNotice section="objects" visibility={folder.visibility} />;
  const params = await searchParams;
  const kindParam = firstParam(params.kind);
  const kind = OBJECT_KINDS.find((k) => k === kindParam);
  const cursor = folderCursor(params);
  const page = await listFolderObjects(folder.ctx, { kind, cursor });
  const total = OBJECT_KINDS.reduce((sum, k) => sum + page.counts[k], 0);

  return (
    <FolderPage
      section="objects"
      filters={{ kind }}
      cursor={cursor}
      nextCursor={page.nextCursor}
      filtered={total > 0}
      filter={total > 0 && <ObjectKindFilter counts={page.counts} kind={kind} />}
      list={page.items.length > 0 ? <ObjectList items={page.items} showCompany={page.showCompany} /> : null}
    />
  );
}
