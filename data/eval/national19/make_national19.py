"""Write the nineteenth held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Tenaga Kerja Kabupaten Tulungagung");
what they offer here is invented and says nothing about the real offices. Region codes, regency
names and representative coordinates are real, copied from shared/data/wilayah
(github.com/cahyadsn/wilayah, MIT licence, Copyright (c) Cahya DSN, and
cahyadsn/wilayah_boundaries for the points).


The line format and the machinery are those of ../national17/make_national17.py (copied, new seed,
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

Run from the directory that holds it (standard library only)::

    python3 make_national19.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20321919
HERE = Path(__file__).resolve().parent
ASPECTS = ("dana", "tenaga", "sarana", "program", "pendayagunaan_hasil")
TAGS = dict(zip("dtsph", ASPECTS))
COLUMNS = [
    "partner_id",
    "name",
    "sector",
    "kind",
    "province",
    "regency",
    "region_code",
    "lat",
    "lon",
    *[f"offers_{a}" for a in ASPECTS],
    *[f"capacity_{a}" for a in ASPECTS],
    "vision",
    "seeks",
    "active",
    "years_active",
    "partnerships_completed",
]
SECTORS = {"g": "pemerintah", "s": "swasta", "m": "masyarakat"}
UNITS = {
    "tenaga": "orang",
    "sarana": "unit",
    "program": "peserta",
    "pendayagunaan_hasil": "orang/tahun",
}

# Kemendagri code: (name, lat, lon) of the regency's representative point (shared/data/wilayah).
REGIONS = {
    "35.04": ("Kabupaten Tulungagung", -8.11347, 111.88772),
    "35.03": ("Kabupaten Trenggalek", -8.16066, 111.62732),
    "35.05": ("Kabupaten Blitar", -8.13101, 112.23722),
    "35.72": ("Kota Blitar", -8.09477, 112.16697),
    "35.06": ("Kabupaten Kediri", -7.82869, 112.08922),
    "35.71": ("Kota Kediri", -7.82637, 112.01612),
    "35.78": ("Kota Surabaya", -7.27432, 112.72358),
    "33.72": ("Kota Surakarta", -7.55789, 110.82314),
    "61.04": ("Kabupaten Ketapang", -1.63294, 110.60544),
    "61.11": ("Kabupaten Kayong Utara", -1.10443, 109.87536),
    "61.71": ("Kota Pontianak", -0.02578, 109.3317),
    "62.01": ("Kabupaten Kotawaringin Barat", -2.57217, 111.77417),
    "62.09": ("Kabupaten Lamandau", -1.77138, 111.41785),
    "53.15": ("Kabupaten Manggarai Barat", -8.60272, 119.98855),
    "53.10": ("Kabupaten Manggarai", -8.56881, 120.40107),
    "53.19": ("Kabupaten Manggarai Timur", -8.57279, 120.68931),
    "53.71": ("Kota Kupang", -10.20451, 123.60454),
    "51.71": ("Kota Denpasar", -8.66836, 115.22082),
    "52.72": ("Kota Bima", -8.45487, 118.78211),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "31": "DKI Jakarta",
    "33": "Jawa Tengah",
    "35": "Jawa Timur",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat",
    "62": "Kalimantan Tengah",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "31": ["DKI JAKARTA", "DKI"],
    "33": ["JAWA TENGAH", "JATENG"],
    "35": ["JAWA TIMUR", "JATIM", "PROV. JAWA TIMUR", "PROVINSI JAWA TIMUR"],
    "51": ["BALI", "PROV. BALI"],
    "52": ["NUSA TENGGARA BARAT", "NTB"],
    "53": ["NUSA TENGGARA TIMUR", "NTT", "PROV. NTT", "PROVINSI NUSA TENGGARA TIMUR"],
    "61": ["KALIMANTAN BARAT", "KALBAR", "PROV. KALBAR", "PROVINSI KALIMANTAN BARAT"],
    "62": ["KALIMANTAN TENGAH", "KALTENG"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "35.04": [
        "!",
        "KAB. TULUNGAGUNG",
        "TULUNGAGUNG",
        "TULUNG AGUNG",
        "KAB TULUNGAGUNG",
        "KAB. TULUNGAGUNG (JATIM)",
        "TULUNGAGUNG, JAWA TIMUR",
    ],
    "35.03": ["TRENGGALEK", "KAB. TRENGGALEK (PRIGI)"],
    "35.05": ["BLITAR", "KAB. BLITAR (KANIGORO)"],
    "35.72": ["BLITAR", "KODYA BLITAR"],
    "35.06": ["KEDIRI", "KAB. KEDIRI (PARE)"],
    "35.71": ["KEDIRI", "KODYA KEDIRI"],
    "35.78": ["SURABAYA", "KODYA SURABAYA"],
    "33.72": ["SOLO", "SURAKARTA"],
    "61.04": [
        "!",
        "KAB. KETAPANG",
        "KETAPANG",
        "KAB KETAPANG",
        "KAB. KETAPANG (KALBAR)",
        "KETAPANG, KALIMANTAN BARAT",
        "DELTA PAWAN, KETAPANG",
    ],
    "61.11": ["KAYONG UTARA", "KKU", "KAB. KAYONG UTARA (SUKADANA)"],
    "61.71": ["PONTIANAK", "KODYA PONTIANAK"],
    "62.01": ["KOTAWARINGIN BARAT", "KOBAR", "PANGKALAN BUN"],
    "62.09": ["LAMANDAU", "KAB. LAMANDAU (NANGA BULIK)"],
    "53.15": [
        "!",
        "KAB. MANGGARAI BARAT",
        "MANGGARAI BARAT",
        "MABAR",
        "KAB. MABAR (LABUAN BAJO)",
        "LABUAN BAJO",
        "LABUHAN BAJO",
    ],
    "53.10": ["MANGGARAI", "KAB. MANGGARAI (RUTENG)", "RUTENG"],
    "53.19": ["MATIM", "MANGGARAI TIMUR", "KAB. MATIM (BORONG)"],
    "53.71": ["KUPANG", "KODYA KUPANG"],
    "51.71": ["DENPASAR"],
    "52.72": ["BIMA", "KOTA BIMA (NTB)"],
}


KIND_LABELS = {
    "dinas": "Dinas",
    "blk": "BLK",
    "lkp": "LKP/LPK",
    "pkbm": "PKBM",
    "skb": "SKB",
    "smk": "SMK",
    "dudi": "DUDI",
    "donor": "Donor",
    "ormas": "Ormas",
    "tokoh_masyarakat": "Tokoh Masyarakat",
    "pusat_karya": "Pusat Karya",
    "perguruan_tinggi": "Perguruan Tinggi",
    "koperasi": "Koperasi",
    "bumdes": "BUMDes",
}
# Default visions and seeks per kind, hand-written; a partner line may give its own.
VISIONS = {
    "dinas": [
        "meningkatkan kualitas pelayanan publik dan kesejahteraan masyarakat",
        "terwujudnya sumber daya manusia yang produktif dan berdaya saing",
        "pembangunan daerah yang inklusif melalui kolaborasi",
    ],
    "blk": [
        "tenaga kerja kompeten, produktif dan siap bersaing",
        "pelatihan vokasi yang sesuai kebutuhan industri",
    ],
    "lkp": [
        "membekali peserta dengan keterampilan praktis agar mandiri",
        "lulusan kompeten, siap kerja dan berwirausaha",
        "kursus bermutu dan terjangkau bagi semua kalangan",
    ],
    "pkbm": [
        "pendidikan sepanjang hayat untuk semua warga",
        "warga belajar yang terampil, mandiri dan berakhlak",
    ],
    "skb": ["layanan pendidikan nonformal yang bermutu dan merata"],
    "smk": [
        "lulusan SMK yang kompeten, berkarakter dan terserap industri",
        "SMK bisa, SMK hebat: siap kerja, santun dan mandiri",
    ],
    "dudi": [
        "tumbuh bersama masyarakat sekitar",
        "memberikan layanan terbaik bagi pelanggan",
        "usaha yang berkelanjutan dan bermanfaat bagi lingkungan",
    ],
    "donor": [
        "bersama membangun masyarakat yang mandiri dan sejahtera",
        "memberdayakan mustahik menjadi muzaki",
        "investasi sosial untuk pendidikan dan ekonomi warga",
    ],
    "ormas": [
        "masyarakat yang guyub, berdaya dan sejahtera",
        "pemberdayaan warga dari, oleh dan untuk warga",
    ],
    "tokoh_masyarakat": [
        "program yang bermanfaat untuk warga kampung",
        "anak muda desa punya keterampilan dan pekerjaan",
    ],
    "pusat_karya": [
        "melestarikan kerajinan daerah dan membuka lapangan kerja",
        "karya lokal naik kelas",
    ],
    "perguruan_tinggi": ["tridharma perguruan tinggi yang berdampak bagi masyarakat"],
    "koperasi": ["anggota sejahtera melalui usaha bersama"],
    "bumdes": ["desa mandiri melalui usaha milik desa"],
}
SEEKS = {
    "dinas": [
        "lembaga mitra pelaksana yang aktif dan tertib laporan",
        "data sasaran dan peserta yang siap dilatih",
    ],
    "blk": [
        "peserta pelatihan yang serius dan mitra penempatan kerja",
        "lembaga pengirim peserta dan data pencari kerja",
    ],
    "lkp": [
        "peserta kursus dan tempat magang untuk peserta",
        "kerja sama penyaluran lulusan",
    ],
    "pkbm": ["mitra keterampilan untuk warga belajar", "tutor dan sarana praktik"],
    "skb": ["mitra penyelenggara kelas di desa"],
    "smk": [
        "tempat prakerin bagi siswa dan rekrutmen alumni",
        "guru tamu dari industri",
    ],
    "dudi": [
        "tenaga kerja terampil siap pakai",
        "mitra pemasok dan pelanggan lokal",
        "program CSR yang tepat sasaran",
    ],
    "donor": [
        "lembaga lokal yang transparan sebagai mitra pelaksana",
        "penerima manfaat yang terdata dan laporan penggunaan dana",
    ],
    "ormas": [
        "pelatihan dan modal usaha bagi anggota",
        "pendamping dan jejaring pemasaran",
    ],
    "tokoh_masyarakat": ["program nyata untuk warga", ""],
    "pusat_karya": ["perajin muda dan pembeli baru", "pemasaran produk ke luar daerah"],
    "perguruan_tinggi": [
        "lokasi KKN dan mitra penelitian",
        "desa binaan untuk pengabdian",
    ],
    "koperasi": ["anggota baru dan mitra pemasaran"],
    "bumdes": ["mitra investasi dan pemasaran produk desa"],
}

DIRECTORIES = []  # (base name, id prefix, header of the one-column offer column, block)


# ---------------------------------------------------------------------------------------------
# 1. Jawa Timur: Kabupaten Tulungagung (35.04)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_tulungagung",
        "TLA",
        "Rincian Kesanggupan Lembaga",
        """
dinas g | Dinas Tenaga Kerja Kabupaten Tulungagung | 35.04 | p=pelatihan berbasis kompetensi di UPT BLK: menjahit, barista, las listrik, tata rias {48} | h=bursa kerja dan pendataan lowongan pabrik di Kediri dan Surabaya {150}
dinas g | Dinas Koperasi dan Usaha Mikro Kabupaten Tulungagung | 35.04 | d=pinjaman dana bergulir bagi koperasi dan kelompok usaha mikro binaan, jasa 4 % per tahun, maks Rp 30 jt per kelompok {Rp 600.000.000} | p=pelatihan kewirausahaan dan pembukuan usaha mikro {40}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Tulungagung | 35.04 | s=UPT sentra IKM marmer Campurdarat dengan mesin potong dan poles bersama, dipakai perajin terdaftar sesuai jadwal {4} | h=memfasilitasi keikutsertaan IKM di pameran Jatim Fair dan temu dagang, tanpa membeli produk
dinas g | Dinas Kebudayaan dan Pariwisata Kabupaten Tulungagung | 35.04 | h=stan UMKM di Pantai Popoh, Pantai Gemah dan Festival Budaya Tulungagung {30:produk} | t=narasumber sadar wisata dan pemandu lokal {2}
dinas g | Dinas Sosial Kabupaten Tulungagung | 35.04 | d=bantuan usaha KUBE bagi keluarga miskin yang terdaftar di DTKS {Rp 20.000.000}
dinas g | Disnakertrans Provinsi Jawa Timur (Program Desa Migran Produktif Tulungagung) | 35.04 | p=pelatihan usaha produktif dan literasi keuangan bagi purna PMI dan keluarganya di desa migran produktif {60} | d=bantuan sarana usaha produktif bagi kelompok purna PMI lewat proposal desa {Rp 25.000.000}
dinas g | UPT BP3MI Jawa Timur Pos Pelayanan Tulungagung | 35.04 | p=sosialisasi migrasi aman dan pendataan calon PMI sebelum berangkat {100} | t=petugas pendamping pemulangan PMI bermasalah {2}
dinas g | Dinas Pertanian dan Ketahanan Pangan Kab. Tulungagung | 35.04 | t=penyuluh pertanian dan peternakan {4} | s=bantuan bibit lele dan pakan bagi Pokdakan terdaftar {10000:ekor}
blk g | UPT BLK Tulungagung | 35.04 | t=instruktur menjahit dan tata boga bisa diperbantukan ke lembaga mitra {2} | p=pelatihan menjahit dan olahan pangan 160 JP, gratis bagi warga ber-KTP Tulungagung {32} | s=ruang praktik menjahit bisa dipinjam kelompok di luar jadwal {1}
donor m | BAZNAS Kabupaten Tulungagung | 35.04 | d=zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 300.000.000}
donor s | Bank Jatim Cabang Tulungagung | 35.04 | d=KUR mikro sampai Rp 50 jt, termasuk bagi purna PMI, dengan agunan BPKB atau sertifikat {Rp 5 M}
donor s | CSR PT Gudang Garam Tbk | 35.71 | d=bantuan modal usaha bagi UMKM di kelurahan sekitar pabrik di Kota Kediri {Rp 250.000.000} | p=pelatihan kewirausahaan bagi warga Kota Kediri {40}
donor s | TJSL PT Kapur Selatan Tulungagung | 35.04 | d=bantuan modal dan alat usaha bagi warga ring 1 tambang batu kapur di Desa Besole dan Gamping, Kecamatan Campurdarat {Rp 200.000.000} | p=pelatihan desain kerajinan batu bagi pemuda ring 1 {25}
donor m | LAZ Amanah Ngemplak Tulungagung | 35.04 | d=qardhul hasan bagi pedagang Pasar Ngemplak dan Pasar Wage, maks Rp 3 jt per orang {Rp 60.000.000}
donor m | Yayasan Migran Berdaya Nusantara | 35.04 | t=pendamping usaha dan konselor bagi purna PMI, kunjungan dua kali sebulan {2} | p=sekolah bisnis purna PMI 6 bulan di Tulungagung dan Blitar: rencana usaha, pembukuan, pemasaran {30}
donor s | Program Hibah Wirausaha Purna Migran (seleksi nasional) | 31.74 | d=hibah modal usaha bagi kelompok purna PMI seluruh Indonesia, proposal daring, maks Rp 20 jt per kelompok {Rp 20.000.000}
donor s | CSR BRI Kantor Cabang Tulungagung | 35.04 | d=hibah peralatan bagi kelompok usaha perempuan anggota Klaster Usaha BRI terpilih {Rp 50.000.000}
dudi s | Galeri Marmer dan Onyx Campurdarat Jaya | 35.04 | h=membeli putus kerajinan marmer kecil (asbak, vas, patung, tempat tisu) dari perajin rumahan Besole untuk dijual ke toko dan wisatawan {300:buah/bulan}
dudi s | CV Tulungagung Marble Export | 35.04 | h=membeli wastafel, meja dan ubin onyx dari perajin untuk ekspor ke Timur Tengah, standar mutu ketat dan pesanan per kontainer {2:kontainer/bulan} | p=magang pemolesan batu hanya bagi calon karyawan {4}
dudi s | Toko Bahan Bangunan dan Marmer Ngunut | 35.04 | h=menjual ubin marmer dan granit impor ke konsumen, tidak mengambil dari perajin
dudi s | Penambang dan Pengepul Bongkahan Marmer Campurdarat | 35.04 | h=menjual bongkahan marmer mentah dan limbah potongan ke perajin {20:ton/bulan}
dudi s | Toko Mesin dan Alat Batu Sumber Teknik | 35.04 | s=jual mesin poles, gerinda batu dan mata potong diamond, bisa cicilan 6 bulan
dudi s | Pusat Oleh-oleh Tulungagung Jl. Panglima Sudirman | 35.04 | h=membeli putus makanan khas (sredek, gethuk pisang, alen-alen, kopi cethe) dari produsen ber-PIRT {500:bungkus/bulan}
dudi s | Toko Suvenir Pantai Gemah | 35.04 | h=titip jual suvenir dan kerajinan, termasuk marmer kecil dan batik, bagi hasil 20 % {40:produk}
dudi s | Konveksi Seragam Ngantru | 35.04 | p=magang menjahit 2 bulan bagi calon penjahit {6} | h=rekrut penjahit {8}
dudi s | Toko Daring Batik Tulungagung (marketplace) | 35.04 | h=menjual batik tulis dan cap Tulungagung (motif Gajah Mada, Majan) di marketplace, ambil putus dari perajin batik {200:lembar/bulan}
dudi s | Hotel Srikandi Tulungagung | 35.04 | p=PKL siswa perhotelan {4} | h=memesan suvenir marmer berlogo untuk hadiah tamu rapat dan pernikahan {100:buah/bulan}
dudi s | Kontraktor Interior Surya Marmer | 35.04 | h=memesan meja, wastafel dan ornamen marmer dari perajin untuk proyek rumah dan hotel di Jawa Timur {40:buah/bulan}
pkbm m | PKBM Tunas Harapan Kauman | 35.04 | p=warga belajar paket C dan keluarga PMI yang mencari pelatihan usaha {30}
pkbm m | PKBM Sekar Melati Campurdarat | 35.04 | t=tutor keterampilan kerajinan dan pemasaran daring {2} | s=ruang belajar dan 10 komputer untuk kelas pemasaran daring {10}
smk m | SMK Negeri 1 Boyolangu (Teknik Pemesinan) | 35.04 | s=bengkel pemesinan sekolah bisa dipakai kelompok usaha hari Sabtu {1} | t=guru teknik bisa membantu perbaikan mesin poles {1}
smk m | SMK Negeri 3 Boyolangu (Desain Komunikasi Visual) | 35.04 | p=siswa DKV membuat foto katalog dan toko daring bagi UMKM sebagai projek sekolah {10}
lkp m | LKP Tata Boga Dapur Mak Yah | 35.04 | p=kursus olahan pangan dan kue basah berbayar, Rp 750 rb per peserta {20} | h=alumni disalurkan ke katering mitra {5}
lkp m | LKP Bahasa Kanton dan Mandarin Hong Kong Ready | 35.04 | p=kursus bahasa Kanton bagi calon PMI sebelum berangkat ke Hong Kong dan Taiwan {40}
perguruan_tinggi m | UIN Sayyid Ali Rahmatullah Tulungagung (LP2M) | 35.04 | t=dosen pendamping usaha mikro dan literasi keuangan syariah {3} | p=KKN tematik pemberdayaan keluarga PMI di desa kantong migran {40}
perguruan_tinggi m | Universitas Tulungagung (Prodi Teknik Industri) | 35.04 | t=dosen pendamping desain produk dan teknologi tepat guna kerajinan batu {2} | s=bengkel TTG kampus dengan mesin bubut batu kecil, bisa dipakai mitra {1}
ormas m | TP PKK Kabupaten Tulungagung | 35.04 | p=kader PKK penggerak {40} | h=bazar UMKM di Alun-alun Tulungagung setiap Minggu pagi {20:produk}
ormas m | Dekranasda Kabupaten Tulungagung | 35.04 | h=galeri kerajinan unggulan (marmer, batik, anyaman) di Gedung Dekranasda dan kurasi untuk pameran Inacraft {30:produk} | p=pelatihan desain kerajinan {20}
ormas m | Paguyuban Perajin Marmer Besole | 35.04 | t=perajin senior siap mengajar teknik bubut dan poles {3} | h=pemasaran bersama lewat showroom paguyuban di Jalan Raya Besole {50:produk}
ormas m | Serikat Buruh Migran Indonesia (SBMI) Tulungagung | 35.04 | t=paralegal dan pendamping kasus PMI {3} | p=penguatan organisasi dan advokasi purna PMI {30}
tokoh_masyarakat m | Pak Suyono (perajin onyx senior Besole) | 35.04 | t=mau mengajar pola dan ukir onyx di kelompok perajin muda {1}
tokoh_masyarakat m | Bu Siti Khotimah (purna PMI Hong Kong, pemilik usaha keripik) | 35.04 | t=mau menjadi mentor usaha bagi sesama purna PMI, sebulan sekali {1}
koperasi m | Koperasi Purna Migran Sejahtera Rejotangan | 35.04 | d=simpan pinjam khusus anggota dengan angsuran bulanan {Rp 250.000.000} | p=pelatihan pengelolaan keuangan keluarga bagi anggota {25}
bumdes m | BUMDes Besole Makmur | 35.04 | s=gedung workshop bersama dan mesin potong besar untuk perajin Besole, sewa murah per hari {1} | h=kios BUMDes di jalur wisata Pantai Popoh menjual kerajinan warga Besole {30:produk}
dudi s | Galeri Onyx Gajah Mada | 35.04 tidak | h=membeli kerajinan onyx dan marmer dari perajin {200:buah/bulan}
donor m | Yayasan Purna Migran Mandiri Jatim | 35.04 tidak | d=hibah modal usaha bagi kelompok purna PMI di Tulungagung {Rp 25.000.000}
dudi s | Toko Souvenir Pak Gun | 35.04 x | h=bisa titip
ormas m | Karang Taruna Desa Wajak | 35.04 x | p=pelatihan
dudi s | Toko Kerajinan Makam Bung Karno | 35.72 | h=titip jual suvenir termasuk kerajinan marmer dan patung kecil, bagi hasil 25 % {50:produk}
dudi s | Toko Oleh-oleh Pantai Prigi | 35.03 | h=titip jual makanan khas Trenggalek (keripik tempe, alen-alen) {30:produk}
dudi s | Galeri Suvenir Simpang Lima Gumul | 35.06 | h=membeli putus kerajinan batu, kayu dan batik dari perajin Kediri Raya dan sekitarnya untuk galeri SLG {150:buah/bulan}
dinas g | Dinas Perindustrian dan Perdagangan Provinsi Jawa Timur | 35.78 | s=hibah mesin produksi bagi IKM terpilih se-Jawa Timur lewat seleksi proposal {10} | p=pelatihan desain produk dan ekspor di UPT Surabaya {30}
dudi s | Eksportir Kerajinan Batu Tanjung Perak Surabaya | 35.78 | h=membeli kerajinan marmer dan onyx dari Tulungagung untuk ekspor, dijemput truk dari Besole {500:buah/bulan}
dudi s | Grosir Batik Pasar Klewer | 33.72 | h=membeli batik cap dan tulis dari perajin Jawa Tengah dan Jawa Timur {300:lembar/bulan}
dudi s | Toko Daring Dekorasi Rumah Jakarta | 31.74 | h=membeli vas, wastafel dan tempat lilin marmer dari Tulungagung, dikirim ekspedisi {100:buah/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Kalimantan Barat: Kabupaten Ketapang (61.04)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_ketapang",
        "KTP",
        "Apa yang Dapat Diberikan",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Ketapang | 61.04 | p=pelatihan kerja: operator alat berat, las, menjahit, tata boga {48} | h=bursa kerja dan pendataan lowongan perusahaan perkebunan dan smelter alumina {250}
dinas g | Dinas Perkebunan dan Peternakan Kabupaten Ketapang | 61.04 | t=penyuluh perkebunan sawit rakyat dan karet {4} | s=bantuan bibit sawit unggul bagi kelompok tani peremajaan sawit rakyat (PSR) {10000:bibit}
dinas g | KPH Ketapang Utara (Dinas Lingkungan Hidup dan Kehutanan Prov. Kalbar) | 61.04 | t=penyuluh kehutanan pendamping Kelompok Tani Hutan, termasuk budidaya lebah kelulut {2} | s=bantuan stup kelulut dan bibit tanaman pakan lebah bagi KTH terdaftar lewat proposal {100:stup}
dinas g | Dinas Koperasi, UKM dan Perdagangan Kab. Ketapang | 61.04 | d=pinjaman dana bergulir bagi koperasi dan UMKM binaan, jasa 3 % per tahun {Rp 400.000.000} | p=pendampingan PIRT, halal dan kemasan {30}
dinas g | Dinas Perikanan Kabupaten Ketapang | 61.04 | s=bantuan freezer dan alat pengolahan amplang bagi POKLAHSAR terdaftar {5} | t=penyuluh perikanan tangkap dan pengolahan {3}
dinas g | Dinas Sosial Kabupaten Ketapang | 61.04 | d=bantuan usaha KUBE bagi keluarga penerima PKH di DTKS {Rp 20.000.000}
dinas g | Cabang Dinas Pendidikan Wilayah Ketapang (Dinas Pendidikan Prov. Kalbar) | 61.04 | p=fasilitasi MoU prakerin SMK dengan DUDI dan kunjungan industri, tanpa menempatkan siswa sendiri {10}
dinas g | Dinas Pariwisata dan Kebudayaan Kab. Ketapang | 61.04 | h=stan UMKM di Pantai Air Mata Permai dan Festival Keraton Matan Tanjungpura {30:produk}
blk g | UPT BLK Ketapang | 61.04 | t=instruktur mekanik alat berat dan las {2} | p=pelatihan operator excavator dan mekanik alat berat 240 JP {16} | s=bengkel alat berat bisa dipakai praktik siswa SMK mitra terjadwal {1}
donor m | BAZNAS Kabupaten Ketapang | 61.04 | d=zakat produktif berupa modal dan alat usaha bagi mustahik {Rp 200.000.000}
donor s | Bank Kalbar Cabang Ketapang | 61.04 | d=KUR mikro dan kredit usaha tani sampai Rp 50 jt {Rp 3 M}
donor s | CSR PT Alumina Kendawangan Refinery | 61.04 | d=bantuan modal usaha bagi desa ring 1 smelter di Kecamatan Kendawangan dan Air Upas {Rp 300.000.000} | p=magang teknisi pabrik alumina bagi lulusan SMK dari desa ring 1 {20} | h=rekrut operator lulusan SMK desa ring 1 {30}
donor s | CSR PT Sawit Pawan Lestari | 61.04 | s=hibah stup kelulut dan alat panen madu bagi KTH di desa ring 1 kebun Kecamatan Sandai dan Nanga Tayap {60:stup} | p=prakerin siswa SMK pertanian di kebun dan PKS Sandai 3 bulan, mess disediakan {12}
donor m | Yayasan Hutan Gambut Pawan | 61.04 | t=pendamping budidaya kelulut dan madu hutan, kunjungan dua kali sebulan {2} | s=hibah stup kelulut bagi kelompok dampingan di desa penyangga gambut sepanjang Sungai Pawan {20:stup}
donor s | Program Hibah Alat Hasil Hutan Bukan Kayu (seleksi nasional) | 31.74 | s=hibah peralatan pengolahan HHBK (madu, rotan, gaharu) bagi KTH seluruh Indonesia, seleksi proposal daring {3:paket}
donor m | LAZ Ketapang Peduli Umat | 61.04 | d=qardhul hasan bagi pedagang Pasar Rangga Sentap, maks Rp 3 jt per orang {Rp 50.000.000}
dudi s | Pusat Oleh-oleh Khas Ketapang Jl. R. Suprapto | 61.04 | h=membeli putus amplang, kerupuk ikan, madu kelulut dan kopi lokal dari produsen ber-PIRT {400:bungkus/bulan}
dudi s | Toko Madu Hutan Borneo Ketapang | 61.04 | h=membeli madu kelulut dan madu hutan mentah dari kelompok, dengan uji kadar air {100:kg/bulan}
dudi s | Apotek dan Toko Herbal Sehat Delta Pawan | 61.04 | h=konsinyasi madu kemasan yang sudah berizin edar {20:produk}
dudi s | Toko Pertanian dan Alat Lebah Tani Makmur | 61.04 | s=jual stup kelulut, alat sedot madu dan ember food grade, bisa cicilan
dudi s | Penjual Koloni Kelulut Simpang Hulu | 61.04 | s=jual koloni kelulut dalam log {50:log/bulan}
dudi s | PT Agro Manis Mata Lestari | 61.04 | p=prakerin siswa SMK agribisnis di kebun Manis Mata 6 bulan, hanya dari SMK yang ber-MoU {10} | h=rekrut mandor dan asisten lapangan {15}
dudi s | Pabrik Kelapa Sawit PT Benua Indah Pawan | 61.04 | p=magang siswa SMK di PKS dan laboratorium mutu CPO 3 bulan, di Kecamatan Matan Hilir Selatan {8} | h=rekrut operator PKS lulusan SMK {12} | t=asisten kepala kebun bisa menjadi guru tamu {1}
dudi s | CV Kayong Teknik Alat Berat | 61.04 | p=magang mekanik alat berat bagi lulusan BLK {4}
dudi s | Hotel Borneo Pawan Ketapang | 61.04 | p=PKL siswa perhotelan {4}
dudi s | Pengolah Amplang Ikan Tenggiri Payak Kumang | 61.04 | h=membeli ikan tenggiri dari nelayan {500:kg/minggu}
dudi s | Kedai Kopi dan Madu Kendawangan | 61.04 | h=memakai madu kelulut untuk minuman, ambil dari peternak lokal {10:kg/bulan}
pkbm m | PKBM Cahaya Kayong | 61.04 | p=warga belajar yang mencari tempat praktik keterampilan {20}
smk m | SMK Negeri 1 Ketapang (Agribisnis Pengolahan Hasil Pertanian) | 61.04 | s=ruang produksi dan alat pengemasan pangan bisa dipakai kelompok tani dengan jadwal {1} | t=guru APHP pendamping pengemasan madu {1}
smk m | SMK Negeri 2 Ketapang (Teknik Kendaraan Ringan) | 61.04 | p=siswa PKL yang mencari tempat prakerin {40}
lkp m | LPK Operator Alat Berat Borneo Skill | 61.04 | p=kursus operator alat berat berbayar dan penempatan magang peserta di perusahaan jaringan {20}
perguruan_tinggi m | Politeknik Negeri Ketapang (Prodi Budidaya Tanaman Perkebunan) | 61.04 | t=dosen agronomi sawit bisa menjadi guru tamu di SMK {2} | p=pelatihan guru produktif SMK perkebunan di kebun praktik kampus {20} | s=kebun praktik sawit kampus {1}
ormas m | TP PKK Kabupaten Ketapang | 61.04 | p=kader PKK {30} | h=bazar UMKM di Taman Kota Ketapang tiap bulan {20:produk}
ormas m | Dekranasda Kabupaten Ketapang | 61.04 | h=galeri produk unggulan: madu kelulut, tenun dan manik Dayak, amplang {30:produk}
ormas m | Asosiasi Peternak Lebah Kelulut Kalimantan Barat (DPC Ketapang) | 61.04 | t=peternak kelulut senior siap mendampingi kelompok baru memecah koloni {3} | h=pemasaran bersama madu anggota ke Pontianak {200:kg/bulan}
ormas m | Dewan Adat Dayak Kabupaten Ketapang | 61.04 | p=pelatihan kerajinan manik dan tenun Dayak bagi pemuda {20}
ormas m | GAPKI Kalimantan Barat (Koordinator Ketapang) | 61.04 | p=memfasilitasi dan menghubungkan SMK dengan perusahaan anggota untuk prakerin, tanpa menempatkan sendiri {20}
tokoh_masyarakat m | Pak Abang Usman (peternak kelulut Sungai Awan) | 61.04 | t=mau mengajari cara memecah koloni dan memanen madu kelulut tanpa merusak sarang {1}
tokoh_masyarakat m | Pak Markus Ading (mantan asisten kebun sawit) | 61.04 | t=mau menjadi guru tamu budidaya dan panen sawit di SMK, tanpa honor {1}
koperasi m | KUD Plasma Sawit Tunas Harapan Sungai Melayu | 61.04 | d=pinjaman khusus anggota plasma {Rp 300.000.000} | p=prakerin siswa SMK di kebun plasma koperasi 3 bulan, tanpa mess {6}
bumdes m | BUMDes Sungai Awan Kiri Bersatu | 61.04 | s=rumah produksi desa dengan alat pengemasan bisa dipakai kelompok warga {1} | h=kios desa menjual hasil hutan dan madu warga {20:produk}
dudi s | Toko Madu Kelulut Pak Long | 61.04 tidak | h=membeli madu kelulut dari peternak {150:kg/bulan}
dudi s | PT Perkebunan Sawit Delta Makmur | 61.04 tidak | p=prakerin siswa SMK di kebun dekat kota Ketapang 3 bulan {10} | h=rekrut lulusan SMK {8}
ormas m | KTH Mekar Jaya | 61.04 x | t=ada
dudi s | Kebun Pak Hendra | 61.04 x | p=bisa magang
dinas g | Dinas Lingkungan Hidup dan Kehutanan Provinsi Kalimantan Barat | 61.71 | s=bantuan stup kelulut dan alat ekstraksi madu bagi KTH se-Kalimantan Barat lewat proposal {200:stup} | t=penyuluh kehutanan provinsi {2}
dudi s | Eksportir Madu Borneo Pontianak | 61.71 | h=membeli madu kelulut dari kelompok di Ketapang dan Kayong Utara, dikirim kapal {500:kg/bulan}
perguruan_tinggi m | Universitas Tanjungpura (Fakultas Kehutanan) | 61.71 | t=dosen kehutanan pendamping budidaya lebah kelulut, kunjungan sekali per semester {1} | p=KKN tematik HHBK {30}
dudi s | PT Kayong Agro Lestari | 61.11 | p=prakerin siswa SMK pertanian di kebun dekat Sukadana 3 bulan, mess disediakan {8} | h=rekrut asisten lapangan lulusan SMK {6}
bumdes m | BUMDes Wisata Pulau Datok Sukadana | 61.11 | h=kios oleh-oleh wisata menjual madu dan kerajinan {20:produk}
dudi s | PT Lamandau Sawit Sejahtera | 62.09 | p=prakerin siswa SMK 6 bulan di kebun Nanga Bulik, mess disediakan {10}
dudi s | Toko Madu dan Herbal Pangkalan Bun | 62.01 | h=membeli madu hutan dari Kotawaringin {50:kg/bulan}
donor s | Program Beasiswa Vokasi Sawit (seleksi nasional) | 31.74 | p=beasiswa pendidikan D1 perkebunan sawit bagi lulusan SMK seluruh Indonesia {1000}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Nusa Tenggara Timur: Kabupaten Manggarai Barat (53.15)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_manggarai_barat",
        "MBR",
        "Bentuk Uluran Tangan",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kab. Manggarai Barat | 53.15 | p=pelatihan kerja: bahasa Inggris pariwisata, housekeeping, barista, kru kapal wisata {48} | h=bursa kerja hotel, resort dan kapal wisata Labuan Bajo {200}
dinas g | Dinas Koperasi dan UKM Kabupaten Manggarai Barat | 53.15 | d=pinjaman dana bergulir bagi kelompok usaha dan koperasi binaan, maks Rp 25 jt per kelompok {Rp 300.000.000} | p=pendampingan kemasan dan pemasaran daring {30}
dinas g | Dinas Pariwisata dan Ekonomi Kreatif Kab. Manggarai Barat | 53.15 | t=narasumber pemandu wisata dan sadar wisata {2} | h=stan ekraf di Festival Golo Koe dan di Bandara Komodo {30:produk}
dinas g | Dinas Perindustrian dan Perdagangan Kab. Manggarai Barat | 53.15 | s=bantuan alat tenun bukan mesin dan gedogan bagi kelompok tenun terdaftar {10} | h=memfasilitasi temu bisnis penenun dengan hotel dan butik Bali, tanpa membeli
dinas g | Dinas Sosial Kabupaten Manggarai Barat | 53.15 | d=bantuan usaha KUBE bagi keluarga penerima PKH di DTKS {Rp 20.000.000}
dinas g | Dinas Pendidikan, Pemuda dan Olahraga Kab. Manggarai Barat (Bidang PNF) | 53.15 | s=bantuan laptop dan proyektor bagi PKBM terakreditasi yang terdata di Dapodik {5} | p=bimtek tutor kesetaraan {25}
dinas g | DP3A Kabupaten Manggarai Barat | 53.15 | d=bantuan modal bagi perempuan kepala keluarga (PEKKA), maks Rp 2 jt per orang {Rp 40.000.000} | p=pelatihan kewirausahaan perempuan {30}
dinas g | Badan Pelaksana Otorita Labuan Bajo Flores | 53.15 | p=pelatihan SDM pariwisata bersertifikat BNSP bagi pemuda: pemandu, kru kapal, pelayanan tamu {60} | h=kurasi produk ekraf untuk etalase daring dan event internasional di Labuan Bajo {40:produk} | t=master trainer pariwisata bisa menjadi narasumber di lembaga pendidikan {2}
blk g | UPTD BLK Labuan Bajo | 53.15 | t=instruktur bahasa Inggris dan hospitality bisa diperbantukan mengajar di lembaga mitra dua kali seminggu {2} | s=ruang kelas dan lab bahasa bisa dipinjam di luar jadwal {1} | p=pelatihan housekeeping dan F&B 160 JP {16}
donor m | BAZNAS Kabupaten Manggarai Barat | 53.15 | d=zakat produktif berupa modal usaha bagi mustahik {Rp 100.000.000}
donor m | Yayasan Karya Kasih Labuan Bajo | 53.15 | d=dana bergulir tanpa bunga bagi kelompok perempuan binaan paroki, maks Rp 15 jt per kelompok {Rp 150.000.000}
donor s | Bank NTT Cabang Labuan Bajo | 53.15 | d=KUR mikro dan kredit usaha tanpa agunan sampai Rp 10 jt per orang {Rp 2 M}
donor s | CSR PT Marina Pelabuhan Labuan Bajo | 53.15 | d=bantuan modal bagi UMKM di Kelurahan Labuan Bajo dan Desa Gorontalo sekitar pelabuhan {Rp 150.000.000}
donor s | TJSL PT Ekowisata Pulau Komodo | 53.15 | d=bantuan modal usaha bagi warga Desa Komodo, Pasir Panjang dan Papagaran di dalam kawasan taman nasional {Rp 200.000.000}
donor m | LAZ Flores Peduli | 53.15 | d=qardhul hasan bagi pedagang Pasar Baru Labuan Bajo, maks Rp 3 jt per orang {Rp 40.000.000}
donor s | Hibah Wastra Nusantara (seleksi nasional) | 31.74 | d=hibah modal bagi kelompok penenun kain tradisional seluruh Indonesia, proposal daring, maks Rp 20 jt {Rp 20.000.000}
dudi s | Galeri Tenun dan Suvenir Komodo Jl. Soekarno-Hatta | 53.15 | h=membeli putus kain songke, selendang dan sarung tenun dari penenun Manggarai Barat {60:lembar/bulan}
dudi s | Toko Suvenir Kampung Ujung | 53.15 | h=titip jual patung komodo kayu, kaos dan selendang tenun, bagi hasil 20 % {40:produk}
dudi s | Resort Pantai Pede | 53.15 | h=memesan selendang songke untuk kalungan tamu dan dekorasi kamar {100:lembar/bulan} | p=PKL siswa perhotelan {6}
dudi s | Hotel Komodo Bay View | 53.15 | h=rekrut staf housekeeping, F&B dan front office lulusan kursus bahasa Inggris {10} | t=manajer HRD bisa mengajar bahasa Inggris pelayanan tamu sebulan sekali {1}
dudi s | Operator Kapal Wisata Phinisi Naga Laut | 53.15 | h=rekrut kru kapal, cook dan tour guide kapal yang bisa berbahasa Inggris {15} | p=magang kru kapal liveaboard 3 bulan {6}
dudi s | Dive Center Batu Bolong | 53.15 | p=magang asisten dive guide bagi pemegang sertifikat selam {2} | t=instruktur selam asing bisa mengajar percakapan bahasa Inggris bagi staf lokal dive center {1}
dudi s | Toko Benang dan Pewarna Tenun Sinar Lembor | 53.15 | s=jual benang katun, benang emas dan pewarna sintetis, bisa bon sampai panen untuk kelompok
dudi s | Butik Songke Bajo Craft | 53.15 | h=membeli kain songke untuk dijahit menjadi tas, kemeja dan dompet, dengan standar motif dan ukuran {40:lembar/bulan} | p=pelatihan desain motif dan pewarna alam bagi penenun pemasok {15}
dudi s | Flores Exotic Tours (anggota ASITA) | 53.15 | h=paket wisata budaya dengan kunjungan ke sanggar tenun, menyalurkan tamu {100:tamu/bulan} | p=magang staf tour bagi lulusan kursus bahasa Inggris {4}
dudi s | Toko Komputer Bajo Tekno | 53.15 | s=jual dan sewa laptop, proyektor dan pengeras suara untuk kelas, bisa cicilan
pkbm m | PKBM Pelita Mbeliling | 53.15 | p=warga belajar paket B yang mencari tutor keterampilan {30}
pkbm m | PKBM Kasih Bunda Lembor | 53.15 | t=tutor kesetaraan dan tutor tenun {2} | s=ruang kelas {2}
smk m | SMK Negeri 1 Komodo (Usaha Perjalanan Wisata) | 53.15 | t=guru bahasa Inggris bisa mengajar kelas sore di PKBM mitra {1} | s=lab bahasa dipinjamkan hari Sabtu {1}
smk m | SMK Stella Maris Labuan Bajo | 53.15 | p=siswa perhotelan yang mencari tempat PKL {40}
lkp m | LKP Komodo English Club | 53.15 | p=kursus bahasa Inggris berbayar Rp 500 rb per bulan {30} | h=alumni kursus disalurkan ke jaringan hotel mitra kursus {10}
lkp m | LPK Kru Kapal Wisata Bahari Flores | 53.15 | p=kursus basic safety training dan kru kapal berbayar {20}
perguruan_tinggi m | Politeknik eLBajo Commodus (Prodi Perhotelan) | 53.15 | t=dosen bahasa Inggris pariwisata bisa mengajar di PKBM mitra seminggu sekali sebagai pengabdian {2} | p=pelatihan pemandu lokal {20}
ormas m | TP PKK Kabupaten Manggarai Barat | 53.15 | p=kader PKK {30} | h=bazar UMKM di Kampung Ujung tiap bulan {20:produk}
ormas m | Dekranasda Kabupaten Manggarai Barat | 53.15 | h=galeri tenun songke dan kerajinan di Puncak Waringin, kurasi untuk pameran Jakarta {40:produk} | p=pelatihan desain motif songke {20}
ormas m | ASITA dan HPI DPC Manggarai Barat | 53.15 | t=pramuwisata berlisensi HPI bisa menjadi pengajar tamu bahasa Inggris pemanduan, dengan honor {3} | h=informasi lowongan pemandu dan staf tour {20}
ormas m | Paguyuban Penenun Songke Golo Mori | 53.15 | t=penenun senior siap mengajar motif songke {3} | h=pemasaran bersama tenun anggota di stan paguyuban {30:lembar/bulan}
ormas m | Lembaga Adat Gendang Nggorang (Tua Golo) | 53.15 | p=menggerakkan warga kampung ikut pelatihan {40} | s=rumah adat Mbaru Gendang bisa dipakai untuk kegiatan warga {1}
tokoh_masyarakat m | Mama Yuliana Jehana (penenun songke senior Nggorang) | 53.15 | t=mau mengajari pewarna alam dari mengkudu dan tarum {1}
tokoh_masyarakat m | Pak Frans Jemadu (pemandu wisata senior, fasih bahasa Inggris dan Jerman) | 53.15 | t=mau mengajar percakapan bahasa Inggris untuk pemandu muda, sore hari tiga kali seminggu {1}
koperasi m | Koperasi Wanita Tenun Songke Lembor | 53.15 | d=simpan pinjam khusus anggota {Rp 100.000.000} | h=membeli kain tenun anggota untuk dijual ke galeri Labuan Bajo {30:lembar/bulan}
bumdes m | BUMDes Nggorang Sejahtera | 53.15 | h=kios oleh-oleh di jalan ke Gua Batu Cermin menjual tenun dan kerajinan warga Nggorang {30:produk} | s=ruang serbaguna desa {1}
dudi s | Galeri Tenun Ikat Bajo Art | 53.15 tidak | h=membeli kain songke dari kelompok {80:lembar/bulan}
blk g | BLK Komunitas Paroki Roh Kudus Labuan Bajo | 53.15 tidak | t=instruktur bahasa Inggris pariwisata {2} | s=ruang kelas {1}
dudi s | Toko Kain Mama Rosa | 53.15 x | h=bisa titip
ormas m | Pokdarwis Desa Warloka | 53.15 x | t=ada
dudi s | Sanggar Tenun Songke Todo Ruteng | 53.10 | h=membeli kain songke dari penenun se-Manggarai Raya untuk toko di Ruteng {30:lembar/bulan}
perguruan_tinggi m | Universitas Katolik Indonesia Santu Paulus Ruteng (Pendidikan Bahasa Inggris) | 53.10 | t=mahasiswa PPL bahasa Inggris ditempatkan mengajar di lembaga mitra di Labuan Bajo selama satu semester {4}
koperasi m | Koperasi Kopi Colol | 53.19 | h=membeli kopi arabika dari petani {5:ton/bulan}
dinas g | Dinas Koperasi dan UKM Provinsi NTT | 53.71 | d=hibah modal kerja bagi kelompok UMKM tenun ikat se-NTT lewat seleksi proposal {Rp 25.000.000} | p=pelatihan pewarna alam di Kupang {20}
perguruan_tinggi m | Universitas Katolik Widya Mandira (KKN Manggarai Barat) | 53.71 | t=mahasiswa KKN mengajar bahasa Inggris di desa lokasi KKN selama 2 bulan {10}
dudi s | Butik Kain Nusantara Denpasar | 51.71 | h=membeli kain tenun NTT termasuk songke Manggarai, dikirim kargo dari Labuan Bajo {50:lembar/bulan}
dudi s | Grup Hotel Bali Hospitality | 51.71 | h=rekrut staf hotel lulusan kursus bahasa Inggris untuk hotel grup di Bali {20}
dudi s | Toko Tenun Bima | 52.72 | h=menjual tenun Bima dan songket Mbojo {40:produk}
dudi s | Toko Daring Wastra Indonesia Jakarta | 31.74 | h=membeli kain songke dari Manggarai Barat tiap bulan, dikirim ekspedisi {40:lembar/bulan}
""",
    )
)


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
        p = {
            "partner_id": f"{prefix}-{len(partners) + 1:03d}",
            "name": fields[1],
            "kind": kind,
            "sector": SECTORS[sec],
            "code": loc[0],
            "inactive": "tidak" in loc[1:],
            "sparse": "x" in loc[1:],
            "offers": {},
            "caps": {},
            "units": {},
        }
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
        row.update(
            partner_id=p["partner_id"],
            name=p["name"],
            sector=p["sector"],
            kind=p["kind"],
        )
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
        row.update(
            vision=vision,
            seeks=seeks,
            active=active,
            years_active=years,
            partnerships_completed=done,
        )
        row["_units"] = p["units"]
        row["_code"] = code
        rows.append(row)
    return rows


def satu_kolom(
    rows: list[dict], header: str, rng: random.Random
) -> tuple[list[str], list[list]]:
    head = [
        "No",
        "ID",
        "Nama Lembaga",
        "Sektor",
        "Jenis",
        "Provinsi",
        "Kabupaten/Kota",
        header,
        "Visi",
        "Mencari",
        "Aktif",
    ]
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
        out.append(
            [
                i,
                row["partner_id"],
                row["name"],
                row["sector"].capitalize(),
                KIND_LABELS[row["kind"]],
                row["province"],
                short_regency(row["regency"]),
                "; ".join(pieces),
                row["vision"],
                row["seeks"],
                aktif,
            ]
        )
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
        write_csv(
            HERE / f"{base}.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in rows]
        )
        head, one = satu_kolom(rows, header, rng)
        write_csv(HERE / f"{base}_satu_kolom.csv", head, one)
        kap = kapital(rows, rng)
        write_csv(
            HERE / f"{base}_kapital.csv",
            COLUMNS,
            [[r[c] for c in COLUMNS] for r in kap],
        )
        shapes += [
            [base, "per_aspek", f"{base}.csv"],
            [base, "satu_kolom", f"{base}_satu_kolom.csv"],
            [base, "kapital", f"{base}_kapital.csv"],
        ]
        print(f"{base}: {len(rows)} partners")
    write_csv(HERE / "shapes.csv", shapes[0], shapes[1:])


if __name__ == "__main__":
    main()
