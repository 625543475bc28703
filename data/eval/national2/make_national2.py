"""Write the second held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, Baitul Mal, BAZNAS, LPD and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Tenaga Kerja Kabupaten Gianyar"); what
they offer here is invented and says nothing about the real offices. Region codes, regency names
and representative coordinates are real, copied from shared/data/wilayah (github.com/cahyadsn/wilayah,
MIT licence, Copyright (c) Cahya DSN, and cahyadsn/wilayah_boundaries for the points).

The line format and the machinery are those of ../national/make_national.py (copied, new seed,
new regions, new directories). Every partner is one hand-written line in a directory block::

    kind sector | name | region_code [tidak] [x] | d=... | t=... | s=... | p=... | h=... | v=... | k=...

``d t s p h`` are the offers in the aspects dana, tenaga, sarana, program and
pendayagunaan_hasil; ``{...}`` at the end of an offer is its capacity (``{12}`` or, with the
words the one-column shape uses, ``{500:kg/bulan}``); ``v`` and ``k`` are vision and seeks
(otherwise a hand-written phrase for the kind is chosen); ``y=years/completed`` the track record;
``tidak`` marks an inactive partner and ``x`` a row with most cells empty. A fixed seed decides
only the mechanical parts: coordinate offsets (up to 12 km from the regency's point), which
cells go missing, how `active` is spelled, and the spellings used by the other two shapes.

Shapes written for every directory (same partners, same partner_ids):

- ``<dir>.csv``            per_aspek: the contract's canonical columns;
- ``<dir>_satu_kolom.csv`` satu_kolom: Indonesian headers and one free-text offer column;
- ``<dir>_kapital.csv``    kapital: canonical columns, UPPER CASE names and regions, variant
  regency/province spellings, region_code/lat/lon empty.

Run from the repository root (standard library only)::

    python3 data/eval/national2/make_national2.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20_26_0917
HERE = Path(__file__).resolve().parent
ASPECTS = ("dana", "tenaga", "sarana", "program", "pendayagunaan_hasil")
TAGS = dict(zip("dtsph", ASPECTS))
COLUMNS = [
    "partner_id", "name", "sector", "kind", "province", "regency", "region_code", "lat", "lon",
    *[f"offers_{a}" for a in ASPECTS],
    *[f"capacity_{a}" for a in ASPECTS],
    "vision", "seeks", "active", "years_active", "partnerships_completed",
]
SECTORS = {"g": "pemerintah", "s": "swasta", "m": "masyarakat"}
UNITS = {"tenaga": "orang", "sarana": "unit", "program": "peserta",
         "pendayagunaan_hasil": "orang/tahun"}

# Kemendagri code: (name, lat, lon) of the regency's representative point (shared/data/wilayah).
REGIONS = {
    "11.71": ("Kota Banda Aceh", 5.5587, 95.32771),
    "11.06": ("Kabupaten Aceh Besar", 5.3801, 95.51517),
    "11.72": ("Kota Sabang", 5.83776, 95.30572),
    "11.07": ("Kabupaten Pidie", 5.05356, 96.03343),
    "11.04": ("Kabupaten Aceh Tengah", 4.51989, 96.88131),
    "12.71": ("Kota Medan", 3.62904, 98.6672),
    "51.04": ("Kabupaten Gianyar", -8.48097, 115.28749),
    "51.71": ("Kota Denpasar", -8.66836, 115.22082),
    "51.03": ("Kabupaten Badung", -8.58285, 115.18838),
    "51.06": ("Kabupaten Bangli", -8.29312, 115.34729),
    "51.05": ("Kabupaten Klungkung", -8.66695, 115.49366),
    "51.02": ("Kabupaten Tabanan", -8.43023, 115.07827),
    "51.08": ("Kabupaten Buleleng", -8.20095, 114.96091),
    "52.71": ("Kota Mataram", -8.59015, 116.11096),
    "64.72": ("Kota Samarinda", -0.50028, 117.17706),
    "64.02": ("Kabupaten Kutai Kartanegara", 0.10796, 116.48012),
    "64.74": ("Kota Bontang", 0.09326, 117.45807),
    "64.71": ("Kota Balikpapan", -1.15667, 116.87229),
    "64.07": ("Kabupaten Kutai Barat", -0.50267, 115.82422),
    "63.71": ("Kota Banjarmasin", -3.32912, 114.5918),
    "71.71": ("Kota Manado", 1.52492, 124.8479),
    "71.06": ("Kabupaten Minahasa Utara", 1.54809, 125.00529),
    "71.73": ("Kota Tomohon", 1.33053, 124.81505),
    "71.02": ("Kabupaten Minahasa", 1.25003, 124.85811),
    "71.72": ("Kota Bitung", 1.48981, 125.15797),
    "71.74": ("Kota Kotamobagu", 0.71108, 124.31831),
    "75.71": ("Kota Gorontalo", 0.53841, 123.0553),
    "73.71": ("Kota Makassar", -5.13561, 119.4639),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
    "35.78": ("Kota Surabaya", -7.27432, 112.72358),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "11": "Aceh", "12": "Sumatera Utara", "31": "DKI Jakarta", "35": "Jawa Timur", "51": "Bali",
    "52": "Nusa Tenggara Barat", "63": "Kalimantan Selatan", "64": "Kalimantan Timur",
    "71": "Sulawesi Utara", "73": "Sulawesi Selatan", "75": "Gorontalo",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "11": ["ACEH", "NAD", "PROV. ACEH", "NANGGROE ACEH DARUSSALAM"],
    "12": ["SUMATERA UTARA", "SUMUT"], "31": ["DKI JAKARTA", "DKI"], "35": ["JAWA TIMUR", "JATIM"],
    "51": ["BALI", "PROV. BALI", "PROVINSI BALI"], "52": ["NUSA TENGGARA BARAT", "NTB"],
    "63": ["KALIMANTAN SELATAN", "KALSEL"], "64": ["KALIMANTAN TIMUR", "KALTIM", "KAL-TIM"],
    "71": ["SULAWESI UTARA", "SULUT", "SULAWESI UTARA (SULUT)"], "73": ["SULAWESI SELATAN", "SULSEL"],
    "75": ["GORONTALO", "PROV. GORONTALO"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "11.71": ["BANDA ACEH", "KOTA B. ACEH", "KOTA BANDAACEH"], "11.06": ["ACEH BESAR", "KAB. A. BESAR"],
    "11.04": ["!", "ACEH TENGAH (TAKENGON)", "KAB. ACEH TENGAH"], "11.07": ["PIDIE", "KAB. PIDIE (SIGLI)"],
    "51.04": ["GIANYAR", "KAB GIANYAR"], "51.71": ["DENPASAR", "KODYA DENPASAR"],
    "51.03": ["BADUNG", "KAB BADUNG"],
    "64.72": ["SAMARINDA", "KOTA SMD", "KODYA SAMARINDA"],
    "64.02": ["!", "KUKAR", "KAB. KUKAR", "KUTAI KARTANEGARA", "KAB. KUTAI KERTANEGARA"],
    "64.71": ["BALIKPAPAN"], "64.74": ["BONTANG"],
    "71.71": ["MANADO", "KOTA MENADO", "MENADO"], "71.06": ["!", "MINUT", "KAB. MINUT", "KAB. MINAHASA UTARA"],
    "71.72": ["BITUNG"], "71.73": ["TOMOHON"],
}
KIND_LABELS = {
    "dinas": "Dinas", "blk": "BLK", "lkp": "LKP/LPK", "pkbm": "PKBM", "skb": "SKB", "smk": "SMK",
    "dudi": "DUDI", "donor": "Donor", "ormas": "Ormas", "tokoh_masyarakat": "Tokoh Masyarakat",
    "pusat_karya": "Pusat Karya", "perguruan_tinggi": "Perguruan Tinggi", "koperasi": "Koperasi",
    "bumdes": "BUMDes",
}
# Default visions and seeks per kind, hand-written; a partner line may give its own.
VISIONS = {
    "dinas": ["meningkatkan kualitas pelayanan publik dan kesejahteraan masyarakat",
              "terwujudnya sumber daya manusia yang produktif dan berdaya saing",
              "pembangunan daerah yang inklusif melalui kolaborasi"],
    "blk": ["tenaga kerja kompeten, produktif dan siap bersaing",
            "pelatihan vokasi yang sesuai kebutuhan industri"],
    "lkp": ["membekali peserta dengan keterampilan praktis agar mandiri",
            "lulusan kompeten, siap kerja dan berwirausaha",
            "kursus bermutu dan terjangkau bagi semua kalangan"],
    "pkbm": ["pendidikan sepanjang hayat untuk semua warga",
             "warga belajar yang terampil, mandiri dan berakhlak"],
    "skb": ["layanan pendidikan nonformal yang bermutu dan merata"],
    "smk": ["lulusan SMK yang kompeten, berkarakter dan terserap industri",
            "SMK bisa, SMK hebat: siap kerja, santun dan mandiri"],
    "dudi": ["tumbuh bersama masyarakat sekitar", "memberikan layanan terbaik bagi pelanggan",
             "usaha yang berkelanjutan dan bermanfaat bagi lingkungan"],
    "donor": ["bersama membangun masyarakat yang mandiri dan sejahtera",
              "memberdayakan mustahik menjadi muzaki",
              "investasi sosial untuk pendidikan dan ekonomi warga"],
    "ormas": ["masyarakat yang guyub, berdaya dan sejahtera",
              "pemberdayaan warga dari, oleh dan untuk warga"],
    "tokoh_masyarakat": ["program yang bermanfaat untuk warga kampung",
                         "anak muda desa punya keterampilan dan pekerjaan"],
    "pusat_karya": ["melestarikan kerajinan daerah dan membuka lapangan kerja",
                    "karya lokal naik kelas"],
    "perguruan_tinggi": ["tridharma perguruan tinggi yang berdampak bagi masyarakat"],
    "koperasi": ["anggota sejahtera melalui usaha bersama"],
    "bumdes": ["desa mandiri melalui usaha milik desa"],
}
SEEKS = {
    "dinas": ["lembaga mitra pelaksana yang aktif dan tertib laporan",
              "data sasaran dan peserta yang siap dilatih"],
    "blk": ["peserta pelatihan yang serius dan mitra penempatan kerja",
            "lembaga pengirim peserta dan data pencari kerja"],
    "lkp": ["peserta kursus dan tempat magang untuk peserta",
            "kerja sama penyaluran lulusan"],
    "pkbm": ["mitra keterampilan untuk warga belajar", "tutor dan sarana praktik"],
    "skb": ["mitra penyelenggara kelas di desa"],
    "smk": ["tempat prakerin bagi siswa dan rekrutmen alumni", "guru tamu dari industri"],
    "dudi": ["tenaga kerja terampil siap pakai", "mitra pemasok dan pelanggan lokal",
             "program CSR yang tepat sasaran"],
    "donor": ["lembaga lokal yang transparan sebagai mitra pelaksana",
              "penerima manfaat yang terdata dan laporan penggunaan dana"],
    "ormas": ["pelatihan dan modal usaha bagi anggota", "pendamping dan jejaring pemasaran"],
    "tokoh_masyarakat": ["program nyata untuk warga", ""],
    "pusat_karya": ["perajin muda dan pembeli baru", "pemasaran produk ke luar daerah"],
    "perguruan_tinggi": ["lokasi KKN dan mitra penelitian", "desa binaan untuk pengabdian"],
    "koperasi": ["anggota baru dan mitra pemasaran"],
    "bumdes": ["mitra investasi dan pemasaran produk desa"],
}

DIRECTORIES = []  # (base name, id prefix, header of the one-column offer column, block)


# ---------------------------------------------------------------------------------------------
# 1. Aceh: Kota Banda Aceh (11.71)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(("partners_banda_aceh", "BNA", "Uraian Bantuan", """
dinas g | Dinas Tenaga Kerja dan Mobilitas Penduduk Aceh | 11.71 | p=pemagangan dalam negeri bagi pencari kerja terdaftar di hotel, rumah makan dan usaha jasa se-Aceh {50} | h=bursa kerja Aceh dan penempatan AK/1 ke perusahaan {250}
dinas g | Dinas Tenaga Kerja dan Perindustrian Kota Banda Aceh | 11.71 | t=pengantar kerja untuk penyuluhan bursa kerja {2} | p=pelatihan keterampilan pencari kerja angkatan 2026: servis AC, menjahit, barista dan pastry {60} | h=job fair tahunan Kota Banda Aceh {150}
blk g | UPTD Balai Latihan Kerja Banda Aceh | 11.71 | t=instruktur kejuruan tata boga, bordir dan teknik pendingin {5} | s=ruang praktik bordir 15 mesin dan dapur boga bisa dipinjam di luar jadwal {2} | p=pelatihan berbasis kompetensi gratis: bordir komputer, tata boga, refrigerasi {80}
dinas g | Dinas Koperasi, Usaha Kecil dan Menengah Kota Banda Aceh | 11.71 | d=pembiayaan usaha mikro tanpa bunga lewat program Mahirah Muamalah bagi pelaku usaha warga kota {Rp 500.000.000} | p=pelatihan pengemasan, label halal MPU dan izin PIRT {60} | h=kurasi produk untuk galeri UMKM di Taman Sari dan pameran {60:produk/tahun}
dinas g | Dinas Perindustrian dan Perdagangan Aceh | 11.71 | t=pendamping desain IKM kerajinan {2} | p=pelatihan desain motif dan pewarnaan bagi IKM sulaman dan tenun {40} | h=fasilitasi stand pameran IKM di Inacraft Jakarta dan Kuala Lumpur {30:produk}
dinas g | Dinas Sosial Kota Banda Aceh | 11.71 | d=bantuan usaha ekonomi produktif untuk KUBE keluarga miskin {Rp 30.000.000} | p=bimbingan keterampilan PPKS: menjahit dan kue kering {30}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Banda Aceh | 11.71 | t=fasilitator pemberdayaan ekonomi perempuan {2} | p=pelatihan kewirausahaan bagi perempuan kepala keluarga {40}
donor m | Baitul Mal Kota Banda Aceh | 11.71 | d=zakat produktif berupa modal usaha bagi asnaf fakir dan miskin yang sudah punya usaha rumahan {Rp 400.000.000} | t=amil pendamping usaha mustahik {3}
donor m | Baitul Mal Aceh | 11.71 | d=beasiswa kursus dan pelatihan vokasi bagi pemuda fakir miskin usia produktif {Rp 750.000.000}
donor s | CSR PT Semen Andalas Lestari (Pabrik Lhoknga) | 11.06 | d=bantuan modal usaha mikro khusus warga gampong ring 1 Kecamatan Lhoknga dan Leupung {Rp 250.000.000}
donor s | BPRS Serambi Madani Banda Aceh | 11.71 | d=pembiayaan mudharabah dan murabahah modal kerja untuk kelompok usaha perempuan, margin ringan {Rp 300.000.000} | p=literasi keuangan syariah nasabah mikro {60}
donor m | Yayasan Inong Beusaba | 11.71 | d=hibah usaha kelompok perempuan janda dan penyintas konflik, seleksi proposal tiap Maret {Rp 50.000.000} | t=fasilitator pembukuan sederhana {2}
donor m | LAZ Peduli Serambi | 11.71 | d=pinjaman qardhul hasan tanpa bunga maksimal 5 juta per orang untuk pedagang kecil {Rp 100.000.000}
donor s | Program Dana Padanan Kriya Nusantara (seleksi nasional) | 31.74 | d=hibah peralatan dan modal kerja bagi kelompok perajin wastra dan kriya dari seluruh provinsi, pendaftaran daring terbuka {Rp 75.000.000}
dudi s | Warung Kopi Ule Kareng Sabee | 11.71 | p=menerima anak magang peracik kopi saring dan sanger selama 2 bulan {4} | h=butuh 2 peracik kopi dan pramusaji {2}
dudi s | Kedai Kopi Gayo Senja Lampineung | 11.71 | p=trainee barista manual brew dan espresso, shift sore {3} | h=rekrut barista full time {2}
dudi s | CV Arabika Gayo Lestari (roastery dan kedai) | 11.71 | t=roaster bersertifikat Q-grader sebagai narasumber cupping {1} | s=pinjam pakai grinder dan mesin espresso bekas untuk kelas kursus {1} | h=menerima lulusan kursus sebagai barista di 3 outlet {3}
dudi s | Aceh Coffee Equipment (toko mesin kopi) | 11.71 | s=jual mesin espresso, grinder dan alat seduh, cicilan 0 % untuk lembaga kursus
dudi s | Hotel Grand Meuligoe Banda Aceh | 11.71 | p=magang F&B service, lobby lounge dan dapur selama 3 bulan {6} | h=rekrut waiter dan barista lounge {4}
dudi s | Rumah Makan Aceh Rayeuk Lamnyong | 11.71 | p=magang juru masak masakan Aceh (kuah beulangong, ayam tangkap) {3} | h=membeli kue timphan dan bhoi dari ibu-ibu sekitar {200:bungkus/minggu}
dudi s | Toko Cenderamata Pintu Aceh Peunayong | 11.71 | h=titip jual tas bordir, dompet motif pintu Aceh dan hiasan kasab dari perajin rumahan {80:produk}
dudi s | Galeri Kerajinan Aceh Bandara Sultan Iskandar Muda | 11.06 | h=konsinyasi suvenir khas Aceh: rencong mini, tas bordir, kopi bubuk dalam kemasan {40:produk}
dudi s | Toko Benang dan Perlengkapan Bordir Sinar Peunayong | 11.71 | s=jual benang emas, kain beludru dan bahan sulaman harga grosir untuk kelompok
dudi s | Aceh Mart Digital (platform toko daring UMKM Aceh) | 11.71 | p=kelas foto produk dan membuka toko daring {50} | h=memajang dan mempromosikan produk UMKM Aceh di platform dan live shopping {100:produk}
lkp m | LKP Bordir dan Sulaman Cut Meutia | 11.71 | t=instruktur sulam kasab dan kerawang, bisa mengajar pengembangan motif {2} | p=kursus bordir mesin dan sulam tangan
lkp m | LKP Aceh Coffee School | 11.71 | p=kursus barista 1 bulan dan penempatan magang di kafe jaringan alumni {12} | h=alumni disalurkan ke kafe mitra di Banda Aceh {8}
lkp m | LPK Tata Boga Seulanga | 11.71 | t=instruktur kue tradisional Aceh dan pastry {2} | p=kursus tata boga dan kue basah
pkbm m | PKBM Nurul Fikri Kuta Alam | 11.71 | t=tutor Paket C {3} | s=ruang belajar 2 kelas | p=warga belajar Paket C yang butuh tempat praktik usaha {25}
skb g | UPTD SKB Kota Banda Aceh | 11.71 | s=ruang keterampilan dan dapur praktik {2} | p=kelas life skill kopi dan menjahit untuk warga belajar kesetaraan {30}
smk m | SMK Pariwisata Cut Nyak Dhien Banda Aceh (Perhotelan, Kuliner) | 11.71 | s=bar praktik dengan mesin espresso dan dapur bisa dipakai hari Sabtu {1} | p=siswa PKL perhotelan dan kuliner yang mencari tempat prakerin {40}
perguruan_tinggi m | Institut Teknologi dan Bisnis Kuta Radja | 11.71 | t=dosen desain produk dan pemasaran digital sebagai pendamping UMKM {2} | p=KKN tematik pendampingan UMKM kota {30}
perguruan_tinggi m | Pusat Kajian Kopi Darussalam | 11.71 | t=peneliti pascapanen kopi {2} | p=pelatihan pascapanen dan mutu biji kopi untuk petani dan pengolah {20}
ormas m | TP PKK Kota Banda Aceh | 11.71 | p=kader PKK gampong sebagai penggerak dan sosialisasi program {40} | h=bazar PKK bulanan di Taman Sari untuk produk ibu-ibu {20:produk}
ormas m | Asosiasi Pengusaha Warung Kopi Banda Aceh | 11.71 | p=menyalurkan peserta magang ke warkop anggota {20} | h=info lowongan peracik kopi dan pramusaji dari 60 warkop anggota
ormas m | Dekranasda Kota Banda Aceh | 11.71 | t=kurator kerajinan untuk pendampingan desain {1} | h=membeli dan memamerkan kerajinan kasab, bordir dan anyaman di galeri dan pameran nasional {50:produk}
tokoh_masyarakat m | Tgk. M. Nasir (Keuchik Gampong Lampulo) | 11.71 | s=meunasah gampong untuk kegiatan warga {1} | p=menggerakkan warga gampong untuk sosialisasi program
tokoh_masyarakat m | Cut Nurhayati (perajin kasab senior) | 11.71 | t=bersedia melatih motif kasab tradisional untuk ibu-ibu {1}
pusat_karya m | Sentra Kerajinan Kasab dan Sulaman Lamdingin | 11.71 | p=magang menyulam kasab untuk remaja putri {6} | h=membeli hasil sulaman warga untuk pesanan pelaminan dan tirai Aceh {200:lembar/tahun}
koperasi m | Koperasi Produsen Kopi Gayo Bersatu | 11.04 | p=pelatihan sangrai dan cupping bagi barista muda di kebun Takengon, menginap {10} | h=rekrut barista untuk kafe koperasi di Takengon {2}
bumdes m | BUMG Meurah Mulia Gampong Lambaro | 11.06 | s=sewa tenda dan kursi acara {1} | h=kios BUMG di Pasar Lambaro menerima titip jual produk warga {30:produk}
dudi s | Rumah Sakit Ibu dan Anak Permata Banda Aceh | 11.71 | d=santunan anak yatim setiap Muharram | h=rekrut cleaning service dan staf admin {5}
dudi s | Kafe Kopi Tubruk Peunayong | 11.71 tidak | p=magang barista dan kasir {3} | h=rekrut barista {2}
dudi s | Galeri Bordir Kerawang Banda Aceh | 11.71 tidak | h=membeli tas, dompet dan peci bordir dari perajin rumahan {100:produk}
dudi s | Warkop Bang Ali Setui | 11.71 x | p=bisa terima anak magang
donor m | Yayasan Peduli Gampong | 11.06 x | d=bantuan
dudi s | PT Kopi Nusantara Ritel (jaringan kedai kopi) | 12.71 | p=management trainee barista 3 bulan di outlet Medan {10} | h=rekrut barista untuk 40 outlet di Sumatera {20}
dudi s | Galeri Wastra Nusantara Kemang | 31.74 | h=membeli tas kasab dan kain songket Aceh secara rutin dari kelompok perajin, dikirim ekspedisi {60:produk}
dudi s | Kopi Bubuk Cap Rencong Lambaro | 11.06 | p=magang bagian produksi dan pengemasan kopi bubuk {3} | h=rekrut tenaga produksi dan sales {4}
dudi s | Resort Iboih Sabang | 11.72 | p=magang F&B dan barista resort 3 bulan, mess disediakan {4} | h=rekrut barista dan waiter musim liburan {3}
pusat_karya m | Sentra Sulaman dan Anyaman Pandan Sigli | 11.07 | h=menampung sulaman dan anyaman untuk dijual di toko sentra Sigli {30:produk}
blk g | BLK Komunitas Dayah Darul Ulum Aceh Besar | 11.06 | t=instruktur menjahit dan bordir {2} | p=pelatihan menjahit gratis bagi santri dan warga {32}
dudi s | Kafe Lhoknga Beach Corner | 11.06 | p=menerima magang barista dan pramusaji akhir pekan {2}
dudi s | Hotel Kuala Radja Syariah Lambaro | 11.06 | s=ruang pertemuan untuk pelatihan (sewa diskon 30 %) | h=membeli kue dan kopi kemasan lokal untuk hampers tamu {50:paket/bulan}
"""))


# ---------------------------------------------------------------------------------------------
# 2. Bali: Kabupaten Gianyar (51.04)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(("partners_gianyar", "GNR", "Bentuk Kerja Sama yang Ditawarkan", """
dinas g | Dinas Tenaga Kerja Kabupaten Gianyar | 51.04 | p=pemagangan bagi pencari kerja terdaftar di hotel, villa dan restoran wilayah Ubud {40} | h=job fair pariwisata dan penyaluran AK/1 {200}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Gianyar | 51.04 | s=fasilitasi bantuan peralatan IKM (mesin poles, bor gantung, kompor las) lewat proposal kelompok {10} | p=bimtek desain perhiasan dan teknik filigri bagi IKM Celuk {30} | h=pameran IKM Gianyar di Denpasar dan Jakarta {40:produk}
dinas g | Dinas Pariwisata Kabupaten Gianyar | 51.04 | t=narasumber sadar wisata dan pemandu desa wisata {3} | p=pelatihan pokdarwis dan homestay {60}
dinas g | Dinas Koperasi dan UKM Kabupaten Gianyar | 51.04 | d=fasilitasi KUR dan dana bergulir bagi UMKM binaan {Rp 400.000.000} | p=pelatihan manajemen usaha dan pembukuan {50}
dinas g | Dinas Pendidikan, Kepemudaan dan Olahraga Provinsi Bali | 51.71 | p=fasilitasi penempatan praktik kerja lapangan siswa SMK di industri pariwisata mitra Disdikpora {100} | t=pengawas SMK
dinas g | Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Gianyar | 51.04 | t=pendamping desa dan pendamping BUMDes {4} | p=pelatihan pengelola BUMDes {40}
blk g | UPTD Balai Latihan Kerja Gianyar | 51.04 | t=instruktur cook, pastry dan housekeeping {4} | s=dapur praktik 10 kompor dan ruang pastry bisa dipinjam {1} | p=pelatihan kejuruan pariwisata gratis: cook, pastry, bartender {64}
dudi s | Tegal Sari Villa and Resort Ubud | 51.04 | p=trainee commis dapur 6 bulan bagi siswa SMK jasa boga {6} | h=rekrut cook helper {3}
dudi s | Warung Lawar dan Babi Guling Pak Sandi Blahbatuh | 51.04 | p=terima 2 anak PKL bagian dapur {2}
dudi s | Restoran Bebek Betutu Bumbu Bali Ubud | 51.04 | t=executive chef bersedia jadi guru tamu masakan Bali {1} | p=praktik kerja industri bagian dapur dan pramusaji 3 bulan {8} | h=rekrut cook dan waiter {4}
dudi s | The Sayan Cliff Hotel Ubud | 51.04 | p=industrial training housekeeping dan front office 6 bulan {10} | h=rekrut room attendant {4}
dudi s | Roti Manis Bakery Sukawati | 51.04 | p=magang produksi roti dan kue {4} | h=rekrut baker {2}
dudi s | Kafe Kopi Kintamani Tegallalang | 51.04 | p=magang barista {2} | h=membeli kue dan camilan dari usaha rumahan {50:bungkus/minggu}
dudi s | Katering Sari Rasa Gianyar | 51.04 | p=PKL siswa tata boga di dapur katering produksi harian 500 porsi {6} | h=rekrut juru masak {3}
dudi s | Samudra Beach Club Seminyak | 51.03 | p=internship kitchen (hot kitchen, cold kitchen, pastry) 6 bulan {12} | h=rekrut cook dan steward {6}
dudi s | Ubud Sari Wellness Spa | 51.04 | p=magang terapis spa dan massage {4} | h=rekrut terapis {3}
dudi s | PT Boga Angkasa Catering (dapur katering bandara Ngurah Rai) | 51.03 | t=chef produksi sebagai pengajar HACCP {1} | p=praktik kerja industri produksi makanan skala besar {10} | h=rekrutmen alumni SMK tata boga {15}
dudi s | Restoran Padi Terrace Tegallalang | 51.04 tidak | p=PKL dapur dan pramusaji {4} | h=rekrut cook {2}
dudi s | Warung Jimbaran Tabanan Sunset | 51.02 | p=menerima siswa PKL dapur seafood {3}
pusat_karya m | Galeri Perak Made Lestari Celuk | 51.04 | p=magang perajin perak teknik jawan dan ukir {4} | h=borongan pesanan untuk perajin rumahan {200:pcs/bulan}
dudi s | Toko Alat Perak dan Emas Sukawati | 51.04 | s=jual alat kerja perak: tang, pinset, bor gantung, rolling mill, bisa kredit 6 bulan
dudi s | PT Bali Silver Craft Export Celuk | 51.04 | s=pinjam pakai mesin cor, mesin poles dan ruang kerja bagi perajin plasma {1} | h=pesanan rutin perajin plasma untuk ekspor {1000:pcs/bulan}
dudi s | UD Pengepul Perak Batubulan | 51.04 | h=membeli perhiasan perak jadi dari perajin secara tunai {300:pcs/bulan}
pusat_karya m | Sentra Ukir Kayu Mas | 51.04 | s=pinjam mesin gergaji dan pahat ukir kayu {2} | p=magang mengukir kayu {5}
dudi s | Kerajinan Emas Sari Kencana Gianyar | 51.04 | p=pelatihan membuat perhiasan emas, sepuh dan patri {6}
koperasi m | Koperasi Perajin Perak Celuk Mandiri | 51.04 | d=pinjaman modal kerja untuk anggota {Rp 150.000.000} | s=ruang produksi bersama dengan 4 mesin poles dan tungku lebur bisa dipakai anggota dan kelompok perajin {1}
bumdes m | BUMDes Celuk Sari Utama | 51.04 | s=sewa kios dan ruang pamer di art market desa {6} | h=art shop BUMDes menjual kerajinan warga {100:produk}
donor s | CSR PT Bandara Dewata Internasional | 51.03 | d=bantuan usaha dan sarana untuk desa ring 1 Tuban, Kelan dan Kedonganan {Rp 500.000.000}
donor s | LPD Desa Adat Celuk | 51.04 | d=kredit modal usaha bagi krama desa adat dengan bunga ringan {1,2 M} | v=krama desa adat sejahtera
donor s | Program Bantuan Mesin dan Peralatan IKM (seleksi nasional) | 31.74 | s=bantuan mesin dan peralatan produksi bagi IKM perhiasan, logam dan kriya seluruh Indonesia, proposal daring terbuka {20}
donor m | Yayasan Kriya Bali Lestari | 51.71 | d=hibah bahan baku bagi perajin muda {Rp 25.000.000} | t=desainer perhiasan sebagai mentor {2}
donor s | CSR Bank Pembangunan Dewata | 51.71 | d=hibah usaha UMKM binaan {Rp 100.000.000} | s=bantuan etalase dan perlengkapan usaha untuk UMKM binaan {15}
ormas m | Sekaa Teruna Dharma Putra Celuk | 51.04 | t=relawan pemuda {10} | p=sosialisasi dan penggerak kegiatan pemuda banjar
ormas m | TP PKK Kabupaten Gianyar | 51.04 | p=pelatihan tata boga jajan Bali bagi ibu-ibu PKK {40} | h=bazar PKK {20:produk}
tokoh_masyarakat m | I Wayan Sudarma (Kelian Banjar Adat Tegal Celuk) | 51.04 | s=bale banjar boleh dipakai sebagai tempat kerja bersama dan pelatihan di luar upacara {1} | p=penggerak krama banjar
tokoh_masyarakat m | Ni Made Sukerti (chef pensiunan hotel bintang lima) | 51.04 | t=mengajar kelas masakan Bali dan pastry untuk siswa dan kursus {1}
perguruan_tinggi m | Institut Desain dan Kriya Bali | 51.71 | t=dosen desain perhiasan {2} | s=lab CAD dan printer 3D lilin bisa dipakai perajin {1} | p=pelatihan desain perhiasan 3D {20}
perguruan_tinggi m | Sekolah Tinggi Pariwisata Nusa Dua | 51.03 | t=dosen kuliner sebagai guru tamu {2} | p=mahasiswa on the job training yang mencari hotel mitra {60}
smk m | SMK Seni Kriya Sukawati | 51.04 | s=bengkel kriya logam dan ruang cor bisa dipakai hari Sabtu {1} | p=siswa prakerin kriya logam yang mencari tempat praktik {30}
smk m | SMK Kesehatan Bali Dwipa | 51.04 | p=siswa PKL asisten keperawatan {20}
pkbm m | PKBM Widya Sastra Ubud | 51.04 | t=tutor bahasa Inggris pariwisata {2} | s=ruang belajar {1}
lkp m | LKP Dewata Culinary School Ubud | 51.04 | p=kursus cook dan pastry, lanjut magang di restoran mitra {10} | h=penyaluran alumni ke restoran mitra {8}
lkp m | LPK Bali Kapal Pesiar | 51.71 | p=pelatihan galley dan F&B untuk kerja di kapal pesiar {40} | h=penempatan kerja peserta ke kapal pesiar {30}
dudi s | Hotel Lovina Beach Buleleng | 51.08 | p=trainee dapur 4 bulan {4} | h=rekrut cook {2}
dudi s | Hotel Senggigi Indah Lombok | 52.71 | p=industrial training cook dan pastry, mess disediakan {6}
dudi s | PT Boga Nusantara Catering Surabaya | 35.78 | p=program magang produksi makanan {15} | h=rekrut juru masak {20}
pusat_karya m | Sentra Mutiara dan Perak Sekarbela | 52.71 | s=sewa ruang kerja dan alat poles perak {2} | h=membeli perhiasan perak setengah jadi {100:pcs/bulan}
pusat_karya m | Tenun Songket Gelgel Klungkung | 51.05 | p=magang tenun songket {4} | h=membeli kain hasil penenun {20:lembar/bulan}
koperasi m | Koperasi Kopi Arabika Kintamani | 51.06 | h=membeli kopi gelondong petani {5:ton/bulan}
dudi s | Bengkel Perak Nyoman Celuk | 51.04 tidak | s=pinjam tungku lebur dan ruang kerja {1} | h=borongan perajin
lkp m | LKP Silver Class Ubud | 51.04 | p=kelas membuat cincin perak untuk wisatawan {10} | s=meja kerja perak disewakan per jam {8}
dudi s | Art Shop Perak Batuan | 51.04 x | h=beli perak
donor m | Yayasan Dharma Santi | 51.04 x | d=punia
"""))


# ---------------------------------------------------------------------------------------------
# 3. Kalimantan Timur: Kota Samarinda (64.72)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(("partners_samarinda", "SMD", "Jenis Dukungan", """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Provinsi Kalimantan Timur | 64.72 | p=pelatihan berbasis kompetensi: operator alat berat, las, tata boga {100} | h=bursa kerja sektor tambang dan migas {300}
dinas g | Dinas Tenaga Kerja Kota Samarinda | 64.72 | p=pelatihan keterampilan pencari kerja: menjahit, pangkas rambut, servis motor {60} | h=job fair Kota Samarinda {150}
dinas g | Dinas Koperasi dan UKM Kota Samarinda | 64.72 | d=pinjaman modal bergulir UMKM tanpa agunan {Rp 300.000.000} | p=pelatihan regenerasi perajin tenun sarung Samarinda motif baru dan pewarnaan alam bagi penenun muda {25} | h=galeri UMKM di Citra Niaga {50:produk}
dinas g | Dinas Perdagangan Kota Samarinda | 64.72 | h=kurasi produk untuk pameran dagang dan rumah kemasan {40:produk}
dinas g | Dinas Pendidikan dan Kebudayaan Kota Samarinda | 64.72 | d=BOP pendidikan kesetaraan bagi satuan PNF terdaftar {Rp 200.000.000} | t=pamong belajar untuk kelas keaksaraan dasar dan lanjutan {4} | p=pendataan warga buta aksara per kelurahan {500}
dinas g | Dinas Perpustakaan dan Kearsipan Kota Samarinda | 64.72 | t=pustakawan untuk kelas literasi warga {2} | s=mobil perpustakaan keliling dan pojok baca kelurahan {4}
dinas g | Kantor Kelurahan Rawa Makmur Palaran | 64.72 | s=aula kelurahan untuk kegiatan belajar warga pada malam hari {1}
dinas g | Dinas Sosial Kota Samarinda | 64.72 | d=bantuan usaha KUBE keluarga miskin {Rp 20.000.000} | p=bimbingan keterampilan PPKS: menjahit dan tata boga {30}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Samarinda | 64.72 | t=fasilitator pemberdayaan ekonomi perempuan {2} | p=pelatihan kewirausahaan perempuan {40}
ormas m | Dekranasda Provinsi Kalimantan Timur | 64.72 | p=pelatihan pewarnaan alam dan desain motif sarung Samarinda bersama desainer nasional {20} | h=membeli sarung tenun untuk cendera mata tamu daerah {100:lembar/tahun}
pusat_karya m | Rumah Tenun Hj. Aminah Samarinda Seberang | 64.72 | p=magang menenun gedokan dan ATBM untuk remaja putri {5} | h=membeli sarung hasil penenun sekitar untuk dijual di rumah tenun {30:lembar/bulan}
dudi s | Galeri Sarung Samarinda Citra Niaga | 64.72 | h=titip jual sarung tenun Samarinda dan kain doyo {60:lembar}
dudi s | Toko Benang Sutra Mahakam | 64.72 | s=jual benang sutra dan pewarna tekstil harga grosir, bisa tempo 1 bulan
dudi s | UD Ulin Perkakas Tenun | 64.72 | s=pembuatan dan perbaikan alat tenun gedokan dan ATBM sesuai pesanan
pusat_karya m | Sanggar Batik Borneo Motif Dayak | 64.72 | p=pelatihan membatik motif Dayak dan batik ciprat {15} | h=membeli kain batik dari perajin binaan
donor m | BAZNAS Kota Samarinda | 64.72 | d=zakat produktif modal usaha mustahik perempuan dan kelompok usaha {Rp 300.000.000} | t=pendamping mustahik {2}
donor m | LAZ Peduli Mahakam | 64.72 | d=beasiswa anak yatim dan dhuafa tingkat SD-SMA {Rp 150.000.000}
donor s | TJSL PT Pupuk Borneo Bontang | 64.74 | d=program pendanaan usaha mikro dan bina lingkungan khusus warga Kota Bontang {Rp 500.000.000}
donor s | CSR PT Batubara Mahakam Lestari (tambang Palaran) | 64.72 | d=bantuan modal UMKM dan kelompok perempuan di Kecamatan Palaran dan Samarinda Seberang (ring 1) {Rp 250.000.000} | s=bantuan alat dan renovasi tempat belajar warga ring 1 {3}
donor s | CSR PT Energi Delta Mahakam | 64.02 | d=beasiswa pelatihan vokasi bagi pemuda Kutai Kartanegara {Rp 400.000.000}
donor s | CSR Bank Pembangunan Etam | 64.72 | d=hibah pengembangan UMKM, seleksi proposal se-Kalimantan Timur {Rp 100.000.000}
donor m | Yayasan Literasi Borneo | 64.72 | t=relawan pengajar baca tulis dan berhitung {6} | s=donasi buku bacaan dan alat tulis untuk kelas belajar {300}
donor m | Yayasan Wastra Nusantara Lestari | 31.74 | d=hibah pelestarian wastra untuk kelompok penenun se-Indonesia melalui seleksi terbuka {Rp 100.000.000} | p=pendampingan desain dan pemasaran daring oleh mentor yang datang ke kelompok {20}
perguruan_tinggi m | Universitas Borneo Etam | 64.72 | t=mahasiswa KKN tematik mengajar baca tulis warga {20} | p=KKN pengabdian di kelurahan {40}
tokoh_masyarakat m | Ibu Hj. Rusmini (pensiunan guru SD) | 64.72 | t=bersedia mengajar baca tulis lansia sore hari secara sukarela {1}
ormas m | Majelis Taklim Masjid Al-Ikhlas Palaran | 64.72 | t=ustadzah mengajar baca Al-Qur'an metode iqra {3} | s=ruang serbaguna masjid {1}
lkp m | LKP Bimbel Prima Samarinda | 64.72 | t=tutor matematika dan bahasa Inggris SMA {3} | s=ruang kelas ber-AC {2}
lkp m | LKP Komputer Mahakam | 64.72 | s=lab komputer 15 unit bisa dipinjam akhir pekan {15} | p=kursus komputer dasar
smk m | SMK Teknologi Mahakam (TKJ, Multimedia) | 64.72 | s=ruang kelas kosong pada sore hari {3} | p=siswa PKL yang mencari tempat praktik {60}
skb g | UPTD SKB Kota Samarinda | 64.72 | t=pamong belajar keaksaraan dan Paket A {3} | s=ruang kelas SKB {2} | p=kelas keaksaraan usaha mandiri
pkbm m | PKBM Tepian Ilmu Sungai Kunjang | 64.72 | t=tutor Paket B dan C {2} | p=warga belajar kesetaraan {40}
dudi s | PT Alat Berat Kaltim Sejahtera | 64.72 | p=magang mekanik alat berat {6} | h=rekrut mekanik dan operator {10}
dudi s | Swalayan Mahakam Jaya | 64.72 | h=titip jual produk makanan UMKM (amplang, kerupuk, sambal) {40:produk}
dudi s | Hotel Borneo Mahakam | 64.72 | h=membeli sarung Samarinda untuk seragam staf dan suvenir tamu {150:lembar/tahun} | s=ruang rapat untuk pelatihan (sewa)
koperasi m | Koperasi Perajin Sarung Samarinda Seberang | 64.72 | d=pinjaman modal untuk anggota koperasi {Rp 80.000.000} | h=pemasaran sarung anggota ke toko dan instansi {200:lembar/tahun}
ormas m | TP PKK Kecamatan Palaran | 64.72 | p=kader PKK mendata dan mengajak warga buta aksara ikut kelas {20}
ormas m | Karang Taruna Kelurahan Baqa | 64.72 | t=relawan pemuda {8} | p=sosialisasi program ke RT {10}
pusat_karya m | Sentra Amplang Loa Bakung | 64.72 | p=magang produksi amplang {4} | h=membeli ikan pipih dari nelayan
dudi s | Rumah Tenun Pak Usman Samarinda Seberang | 64.72 tidak | p=magang menenun ATBM {4} | h=membeli sarung penenun
pkbm m | PKBM Harapan Bangsa Loa Janan | 64.02 tidak | t=tutor keaksaraan {2} | s=ruang belajar {1}
ormas m | Ibu-ibu Penenun Baqa | 64.72 x | p=bisa ngajar menenun
donor m | Yayasan Kasih Mahakam | 64.72 x | d=bantuan
dinas g | Dinas Pendidikan dan Kebudayaan Kabupaten Kutai Kartanegara | 64.02 | t=tutor keaksaraan untuk desa-desa di Kutai Kartanegara {6} | p=program keaksaraan desa {200}
pusat_karya m | Kelompok Tenun Sarung Tenggarong | 64.02 | p=pelatihan menenun sarung motif Kutai bagi pemula {8} | h=membeli kain dari penenun anggota {20:lembar/bulan}
dudi s | Galeri Kaltim Bandara Sepinggan | 64.71 | h=menjual kain tenun dan sarung Samarinda titipan perajin di bandara {80:lembar}
pkbm m | PKBM Tunas Bangsa Balikpapan | 64.71 | t=tutor keaksaraan {2} | s=ruang belajar {2}
pusat_karya m | Sentra Tenun Ulap Doyo Tanjung Isuy | 64.07 | p=pelatihan tenun doyo serat daun {10} | h=membeli kain doyo
lkp m | LKP Sasirangan Banjarmasin | 63.71 | p=pelatihan sasirangan dan pewarnaan {15}
dudi s | Galeri Wastra Kalimantan Jakarta | 31.74 | h=membeli sarung tenun Samarinda dari kelompok penenun, dikirim kargo {40:lembar/bulan}
dinas g | Dinas Perindustrian Kota Bontang | 64.74 | p=pelatihan tenun untuk warga Bontang {20}
dudi s | PT Ekspedisi Borneo Cargo | 64.72 | h=rekrut kurir dan staf gudang {6}
"""))


# ---------------------------------------------------------------------------------------------
# 4. Sulawesi Utara: Kota Manado (71.71)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(("partners_manado", "MDO", "Rincian Kontribusi", """
dinas g | Dinas Kelautan dan Perikanan Provinsi Sulawesi Utara | 71.71 | s=bantuan freezer, alat pengasapan dan perlengkapan pengolahan bagi poklahsar terdaftar {10} | p=pelatihan pengolahan ikan dan pendampingan sertifikat kelayakan pengolahan (SKP) {40}
dinas g | Dinas Perikanan dan Kelautan Kota Manado | 71.71 | p=pelatihan diversifikasi olahan ikan: abon, bakso, nugget {30} | h=promosi produk olahan ikan di Festival Pesona Bunaken {20:produk}
dinas g | Dinas Tenaga Kerja Kota Manado | 71.71 | p=pelatihan berbasis kompetensi teknisi telepon seluler dan komputer bagi pencari kerja {40} | h=job fair Kota Manado {150}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Provinsi Sulawesi Utara | 71.71 | p=pemagangan dalam negeri di perusahaan mitra bagi lulusan pelatihan {60} | h=penempatan tenaga kerja antar daerah {200}
dinas g | Dinas Komunikasi dan Informatika Kota Manado | 71.71 | t=narasumber literasi digital dan keamanan siber {2} | s=wifi gratis di taman kota
dinas g | Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Utara | 71.71 | h=fasilitasi pameran produk IKM dan rumah kemasan {40:produk}
dinas g | Dinas Koperasi dan UKM Kota Manado | 71.71 | d=dana bergulir UMKM dengan bunga 3 % per tahun {Rp 250.000.000} | p=pelatihan PIRT dan pengemasan {40}
blk g | UPTD Balai Latihan Kerja Sulawesi Utara | 71.71 | t=instruktur elektronika dan teknisi telepon seluler {3} | s=lab elektronika dengan 12 meja solder {12} | p=pelatihan servis ponsel dan elektronika 1 bulan {32}
lkp m | LKP Manado Cell Academy | 71.71 | p=kursus reparasi ponsel dan lanjut praktik di konter mitra {12} | h=alumni disalurkan ke konter mitra {6}
lkp m | LKP Elektronika Tuminting | 71.71 | t=instruktur servis TV, kulkas dan mesin cuci {2} | p=kursus servis elektronik rumah tangga
dudi s | Konter Jaya Cell Pasar 45 | 71.71 | p=terima anak magang ganti LCD, flashing dan unlock 3 bulan {3} | h=butuh 1 teknisi tetap {1}
dudi s | Pusat Layanan Purna Jual Ponsel Manado Town Square | 71.71 | t=teknisi senior sebagai narasumber micro-soldering dan reballing IC {1} | p=on the job training teknisi service center 2 bulan {4} | h=rekrut teknisi bersertifikat {2}
dudi s | Toko Sparepart HP Megamas | 71.71 | s=jual LCD, baterai, alat solder dan mikroskop, diskon untuk lembaga kursus
dudi s | Servis Laptop dan Komputer Bahu Mall | 71.71 | p=PKL servis laptop dan instalasi software {3} | h=rekrut teknisi laptop {1}
dudi s | Servis AC dan Elektronik Maju Teling | 71.71 tidak | p=magang servis AC {2}
dudi s | PT Distribusi Seluler Sulut | 71.71 | h=rekrut promotor ponsel dan teknisi gudang {8}
tokoh_masyarakat m | Om Fredy Lumenta (teknisi ponsel senior, konter di Karombasan) | 71.71 | t=mau mengajar teknik hardware ponsel tiap Sabtu {1}
smk m | SMK Teknik Elektronika Kawanua | 71.71 | t=guru elektronika industri {2} | p=siswa PKL elektronika yang mencari tempat praktik {30}
perguruan_tinggi m | Politeknik Teknologi Nyiur Melambai | 71.71 | t=dosen teknik elektronika untuk pelatihan micro-soldering {2} | s=laboratorium elektronika bisa dipinjam {1}
perguruan_tinggi m | Universitas Kawanua Raya (Prodi Teknologi Hasil Perikanan) | 71.71 | t=dosen pengolahan hasil perikanan {2} | s=lab uji mutu dan mesin vakum bisa dipakai kelompok pengolah {1} | p=KKN di kampung nelayan {30}
dudi s | PT Cold Storage Samudra Bitung | 71.72 | s=sewa ruang pendingin untuk UMKM ikan dengan tarif khusus {20:ton} | h=membeli ikan segar dari nelayan {50:ton/bulan}
dudi s | Swalayan Kawanua Mart | 71.71 | h=menerima pasokan produk olahan ikan beku dan siap saji dari UMKM lokal berlabel PIRT {30:produk}
dudi s | Toko Oleh-oleh Klappertaart dan Rica Sulut | 71.71 | h=konsinyasi ikan roa asap, sambal roa dan cakalang fufu kemasan {40:produk}
dudi s | Rumah Makan Tinutuan Wakeke | 71.71 | h=langganan cakalang fufu untuk menu harian {80:kg/bulan}
dudi s | Restoran Seafood Boulevard | 71.71 | p=magang juru masak {3} | h=rekrut cook dan waiter {3}
dudi s | Hotel Bunaken Bay | 71.71 | s=ruang rapat untuk pelatihan (sewa) | h=rekrut waiter dan housekeeping {5}
ormas m | Kelompok Pengolah Ikan Asap Girian | 71.72 | p=magang pengasapan ikan {3} | s=pinjam rumah asap saat tidak produksi {1}
donor m | BAZNAS Kota Manado | 71.71 | d=zakat produktif modal usaha mustahik {Rp 200.000.000}
donor m | Yayasan Diakonia Jemaat Kawanua | 71.71 | d=bantuan modal usaha bagi anggota jemaat dalam pelayanan diakonia {Rp 50.000.000}
donor s | CSR PT Tambang Emas Likupang | 71.06 | d=bantuan modal usaha dan sarana bagi desa ring 1 Likupang {Rp 400.000.000}
donor s | BPR Nyiur Manado | 71.71 | d=KUR mikro tanpa agunan sampai 50 juta {Rp 1 M}
donor s | Program Bantuan Pemerintah untuk Usaha Mikro (seleksi nasional) | 31.74 | d=hibah modal usaha mikro dan kelompok usaha seluruh Indonesia, pendaftaran daring terbuka {Rp 30.000.000}
koperasi m | Koperasi Nelayan Tuminting Bersatu | 71.71 | s=sewa freezer dan es balok bagi anggota {4} | h=membeli ikan olahan anggota untuk dipasok ke pasar {500:kg/bulan}
bumdes m | BUMDes Wori Sejahtera | 71.06 | s=rumah asap milik BUMDes disewakan {1} | h=kios suvenir di dermaga wisata {20:produk}
ormas m | TP PKK Kota Manado | 71.71 | p=kader PKK penggerak {30} | h=bazar PKK setiap akhir bulan {20:produk}
ormas m | Pokdarwis Bunaken Lestari | 71.71 | h=menjual oleh-oleh ke wisatawan pulau Bunaken {30:produk}
dudi s | Pedagang Besar Pasar Beriman Tomohon | 71.73 | h=membeli cakalang fufu dan ikan asap untuk dijual di pasar {300:kg/bulan}
dudi s | PT Ekspor Ikan Gorontalo | 75.71 | h=membeli tuna dan cakalang beku {20:ton/bulan}
dudi s | Toko Oleh-oleh Makassar Sejati | 73.71 | h=titip jual makanan khas berbagai daerah {50:produk}
dudi s | Toko Daring Rasa Kawanua Jakarta | 31.74 | h=membeli cakalang fufu dan roa asap dari Manado, dikirim kargo udara tiap minggu {100:kg/bulan}
dudi s | Distributor Sembako Kotamobagu | 71.74 | h=membeli ikan asap untuk toko di Bolaang Mongondow {100:kg/bulan}
dudi s | Konter Servis Ponsel Bitung Jaya | 71.72 | p=magang servis ponsel {2} | h=rekrut teknisi {1}
dudi s | Rumah Asap Ikan Cakalang Ibu Wowor | 71.71 tidak | s=sewa rumah asap {1} | h=membeli cakalang fufu dari tetangga {100:kg/bulan}
lkp m | LKP Servis Ponsel Tondano | 71.02 | p=kursus servis ponsel di Tondano {10}
dudi s | Konter Servis Tomohon Cell | 71.73 | p=menerima siswa magang reparasi ponsel {2}
lkp m | LKP Komputer Manado Prima | 71.71 | t=pengajar komputer perkantoran {2} | p=kursus komputer
dudi s | Konter HP Kampung Arab | 71.71 x | p=terima magang
donor m | Yayasan Nyiur Peduli | 71.71 x | d=bantuan
pkbm m | PKBM Tunas Kawanua | 71.71 | t=tutor Paket C {2} | p=warga belajar yang ingin kursus keterampilan {30}
dudi s | Pabrik Pengalengan Ikan Bitung | 71.72 | h=rekrut tenaga produksi {30} | d=CSR bantuan perahu untuk nelayan Bitung
ormas m | Karang Taruna Kelurahan Sindulang | 71.71 | t=relawan pemuda {10} | p=sosialisasi program ke lingkungan {10}
"""))


# ---------------------------------------------------------------------------------------------
# Mechanical part: parse the lines, then write the three shapes.
# ---------------------------------------------------------------------------------------------
def parse_block(block: str, prefix: str) -> list[dict]:
    partners = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split(" | ")]
        kind, sec = fields[0].split()
        loc = fields[2].split()
        p = {"partner_id": f"{prefix}-{len(partners) + 1:03d}", "name": fields[1],
             "kind": kind, "sector": SECTORS[sec], "code": loc[0],
             "inactive": "tidak" in loc[1:], "sparse": "x" in loc[1:],
             "offers": {}, "caps": {}, "units": {}}
        for f in fields[3:]:
            tag, _, text = f.partition("=")
            if tag in TAGS:
                m = re.search(r"\s*\{([^}]*)\}$", text)
                if m:
                    cap, _, unit = m.group(1).partition(":")
                    p["caps"][TAGS[tag]] = cap
                    p["units"][TAGS[tag]] = unit
                    text = text[: m.start()]
                p["offers"][TAGS[tag]] = text
            elif tag in ("v", "k", "y"):
                p[tag] = text
            else:
                raise ValueError(f"{prefix}: unknown tag {tag!r} in {line!r}")
        assert p["code"] in REGIONS, (prefix, line)
        partners.append(p)
    return partners


def offset(rng: random.Random, lat: float, lon: float) -> tuple[float, float]:
    r = 12.0 * math.sqrt(rng.random())
    t = rng.uniform(0, 2 * math.pi)
    dlat = r * math.cos(t) / 111.32
    dlon = r * math.sin(t) / (111.32 * math.cos(math.radians(lat)))
    return round(lat + dlat, 5), round(lon + dlon, 5)


def short_regency(name: str) -> str:
    if name.startswith("Kota Administrasi "):
        return name.removeprefix("Kota Administrasi ")
    return name.replace("Kabupaten ", "Kab. ")


def kapital_regency(rng: random.Random, code: str, name: str) -> str:
    variants = KAPITAL_VARIANTS.get(code, [])
    if variants and variants[0] == "!":
        return rng.choice(variants[1:])
    if name.startswith("Kota Administrasi "):
        standard = "KOTA ADM. " + name.removeprefix("Kota Administrasi ").upper()
    elif name.startswith("Kabupaten "):
        standard = "KAB. " + name.removeprefix("Kabupaten ").upper()
    else:
        standard = name.upper()
    if variants and rng.random() < 0.45:
        return rng.choice(variants)
    return standard


def rupiah_words(cap: str) -> str:
    if cap.isdigit():
        return "Rp " + f"{int(cap):,}".replace(",", ".")
    return cap


def build(base: str, prefix: str, block: str, rng: random.Random) -> list[dict]:
    rows = []
    for p in parse_block(block, prefix):
        code = p["code"]
        name, lat, lon = REGIONS[code]
        row = {c: "" for c in COLUMNS}
        row.update(partner_id=p["partner_id"], name=p["name"], sector=p["sector"], kind=p["kind"])
        plat, plon = offset(rng, lat, lon)
        missing_code = rng.random() < 0.10
        missing_point = rng.random() < 0.30
        if not p["sparse"]:
            row["province"] = PROVINCES[code[:2]]
            row["region_code"] = "" if missing_code else code
            if not missing_point:
                row["lat"], row["lon"] = f"{plat}", f"{plon}"
        row["regency"] = name
        for a in ASPECTS:
            row[f"offers_{a}"] = p["offers"].get(a, "")
            row[f"capacity_{a}"] = p["caps"].get(a, "")
        vision = p.get("v", rng.choice(VISIONS[p["kind"]]))
        seeks = p.get("k", rng.choice(SEEKS[p["kind"]]))
        if p["inactive"]:
            active = rng.choice(["tidak", "tidak", "Tidak", "TIDAK", "0"])
        else:
            active = rng.choice(["ya"] * 8 + ["Ya", "YA", "1", "true", ""])
        if "y" in p:
            years, done = p["y"].split("/")
        else:
            years, done = str(rng.randint(1, 30)), str(rng.randint(0, 15))
            if rng.random() < 0.12:
                years = ""
            if rng.random() < 0.12:
                done = ""
        if p["sparse"]:
            vision = seeks = years = done = ""
        row.update(vision=vision, seeks=seeks, active=active, years_active=years,
                   partnerships_completed=done)
        row["_units"] = p["units"]
        row["_code"] = code
        rows.append(row)
    return rows


def satu_kolom(rows: list[dict], header: str, rng: random.Random) -> tuple[list[str], list[list]]:
    head = ["No", "ID", "Nama Lembaga", "Sektor", "Jenis", "Provinsi", "Kabupaten/Kota",
            header, "Visi", "Mencari", "Aktif"]
    out = []
    for i, row in enumerate(rows, 1):
        pieces = []
        for a in ASPECTS:
            text = row[f"offers_{a}"]
            if not text:
                continue
            cap = row[f"capacity_{a}"]
            if cap and a == "dana":
                text += f", senilai {rupiah_words(cap)}"
            elif cap:
                text += f" ({cap} {row['_units'].get(a) or UNITS[a]})"
            pieces.append(text)
        rng.shuffle(pieces)
        active = row["active"]
        aktif = {"tidak": "Tidak", "0": "Tidak", "": ""}.get(active.lower(), "Ya")
        out.append([i, row["partner_id"], row["name"], row["sector"].capitalize(),
                    KIND_LABELS[row["kind"]], row["province"],
                    short_regency(row["regency"]), "; ".join(pieces), row["vision"],
                    row["seeks"], aktif])
    return head, out


def kapital(rows: list[dict], rng: random.Random) -> list[dict]:
    out = []
    for row in rows:
        new = {c: row[c] for c in COLUMNS}
        name = row["name"].upper()
        name = re.sub(r"^(PT|CV|UD)\s", r"\1. ", name)
        new["name"] = name
        if row["province"]:
            forms = KAPITAL_PROVINCES[row["_code"][:2]]
            new["province"] = forms[0] if rng.random() < 0.5 else rng.choice(forms)
        new["regency"] = kapital_regency(rng, row["_code"], row["regency"])
        new["region_code"] = new["lat"] = new["lon"] = ""
        new["active"] = row["active"].upper()
        out.append(new)
    return out


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    rng = random.Random(SEED)
    shapes = [["directory", "shape", "file"]]
    for base, prefix, header, block in DIRECTORIES:
        rows = build(base, prefix, block, rng)
        write_csv(HERE / f"{base}.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in rows])
        head, one = satu_kolom(rows, header, rng)
        write_csv(HERE / f"{base}_satu_kolom.csv", head, one)
        kap = kapital(rows, rng)
        write_csv(HERE / f"{base}_kapital.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in kap])
        shapes += [[base, "per_aspek", f"{base}.csv"],
                   [base, "satu_kolom", f"{base}_satu_kolom.csv"],
                   [base, "kapital", f"{base}_kapital.csv"]]
        print(f"{base}: {len(rows)} partners")
    write_csv(HERE / "shapes.csv", shapes[0], shapes[1:])


if __name__ == "__main__":
    main()
