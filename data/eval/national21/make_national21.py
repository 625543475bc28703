"""Write the twenty-first held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Tenaga Kerja Kabupaten Pati"); what
they offer here is invented and says nothing about the real offices. Region codes, regency names
and representative coordinates are real, copied from shared/data/wilayah (github.com/cahyadsn/wilayah,
MIT licence, Copyright (c) Cahya DSN, and cahyadsn/wilayah_boundaries for the points).


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

Run from anywhere (standard library only; the files are written next to this script)::

    python3 make_national21.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20321121
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
# Kemendagri code: (name, lat, lon) of the regency's representative point (shared/data/wilayah).
REGIONS = {
    "33.18": ("Kabupaten Pati", -6.74333, 111.04228),
    "33.19": ("Kabupaten Kudus", -6.79026, 110.86991),
    "33.17": ("Kabupaten Rembang", -6.77513, 111.46152),
    "33.20": ("Kabupaten Jepara", -6.549, 110.76813),
    "33.74": ("Kota Semarang", -7.0239, 110.39152),
    "35.78": ("Kota Surabaya", -7.27432, 112.72358),
    "73.22": ("Kabupaten Luwu Utara", -2.39594, 120.16443),
    "73.73": ("Kota Palopo", -2.97971, 120.14777),
    "73.17": ("Kabupaten Luwu", -3.19921, 120.18312),
    "73.24": ("Kabupaten Luwu Timur", -2.55605, 121.12833),
    "73.71": ("Kota Makassar", -5.13561, 119.4639),
    "76.02": ("Kabupaten Mamuju", -2.5197, 119.34458),
    "11.08": ("Kabupaten Aceh Utara", 5.01578, 97.18181),
    "11.73": ("Kota Lhokseumawe", 5.16527, 97.1112),
    "11.11": ("Kabupaten Bireuen", 5.09383, 96.60704),
    "11.03": ("Kabupaten Aceh Timur", 4.63044, 97.62609),
    "11.17": ("Kabupaten Bener Meriah", 4.77005, 97.00412),
    "11.71": ("Kota Banda Aceh", 5.5587, 95.32771),
    "12.71": ("Kota Medan", 3.62904, 98.6672),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "11": "Aceh",
    "12": "Sumatera Utara",
    "31": "DKI Jakarta",
    "33": "Jawa Tengah",
    "35": "Jawa Timur",
    "73": "Sulawesi Selatan",
    "76": "Sulawesi Barat",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "11": ["ACEH", "NAD", "NANGGROE ACEH DARUSSALAM", "PROV. ACEH", "PROVINSI ACEH"],
    "12": ["SUMATERA UTARA", "SUMUT"],
    "31": ["DKI JAKARTA", "DKI"],
    "33": ["JAWA TENGAH", "JATENG", "PROV. JAWA TENGAH", "PROVINSI JAWA TENGAH"],
    "35": ["JAWA TIMUR", "JATIM"],
    "73": ["SULAWESI SELATAN", "SULSEL", "PROV. SULSEL", "PROVINSI SULAWESI SELATAN"],
    "76": ["SULAWESI BARAT", "SULBAR"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "33.18": [
        "!",
        "KAB. PATI",
        "PATI",
        "KABUPATEN PATI",
        "KAB PATI",
        "PATI - JAWA TENGAH",
        "KAB. PATI (BUMI MINA TANI)",
    ],
    "33.19": ["KUDUS", "KAB. KUDUS"],
    "33.17": ["REMBANG", "KAB. REMBANG"],
    "33.20": ["JEPARA"],
    "33.74": ["SEMARANG", "KODYA SEMARANG", "KOTAMADYA SEMARANG"],
    "35.78": ["SURABAYA"],
    "73.22": [
        "!",
        "KAB. LUWU UTARA",
        "LUWU UTARA",
        "LUTRA",
        "KAB. LUTRA (MASAMBA)",
        "MASAMBA",
        "KAB LUWU UTARA SULSEL",
    ],
    "73.73": ["PALOPO", "KOTA PALOPO"],
    "73.17": ["LUWU", "KAB. LUWU (BELOPA)"],
    "73.24": ["LUWU TIMUR", "LUTIM", "KAB. LUTIM (MALILI)"],
    "73.71": ["MAKASSAR", "UJUNG PANDANG"],
    "76.02": ["MAMUJU", "KAB. MAMUJU SULBAR"],
    "11.08": [
        "!",
        "KAB. ACEH UTARA",
        "ACEH UTARA",
        "KAB. ACEH UTARA (LHOKSUKON)",
        "LHOKSUKON",
        "ACEH UTARA - NAD",
        "KABUPATEN ACEH UTARA PROVINSI ACEH",
    ],
    "11.73": ["LHOKSEUMAWE", "KOTA LHOKSEUMAWE"],
    "11.11": ["BIREUEN", "BIREUN", "KAB. BIREUEN"],
    "11.03": ["ACEH TIMUR", "KAB. ACEH TIMUR (IDI)"],
    "11.17": ["BENER MERIAH", "KAB. BENER MERIAH (REDELONG)"],
    "11.71": ["BANDA ACEH", "KOTA BANDA ACEH"],
    "12.71": ["MEDAN", "KOTA MEDAN"],
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
    "lkp": ["peserta kursus dan tempat magang untuk peserta", "kerja sama penyaluran lulusan"],
    "pkbm": ["mitra keterampilan untuk warga belajar", "tutor dan sarana praktik"],
    "skb": ["mitra penyelenggara kelas di desa"],
    "smk": ["tempat prakerin bagi siswa dan rekrutmen alumni", "guru tamu dari industri"],
    "dudi": [
        "tenaga kerja terampil siap pakai",
        "mitra pemasok dan pelanggan lokal",
        "program CSR yang tepat sasaran",
    ],
    "donor": [
        "lembaga lokal yang transparan sebagai mitra pelaksana",
        "penerima manfaat yang terdata dan laporan penggunaan dana",
    ],
    "ormas": ["pelatihan dan modal usaha bagi anggota", "pendamping dan jejaring pemasaran"],
    "tokoh_masyarakat": ["program nyata untuk warga", ""],
    "pusat_karya": ["perajin muda dan pembeli baru", "pemasaran produk ke luar daerah"],
    "perguruan_tinggi": ["lokasi KKN dan mitra penelitian", "desa binaan untuk pengabdian"],
    "koperasi": ["anggota baru dan mitra pemasaran"],
    "bumdes": ["mitra investasi dan pemasaran produk desa"],
}

DIRECTORIES = []  # (base name, id prefix, header of the one-column offer column, block)


# ---------------------------------------------------------------------------------------------
# 1. Jawa Tengah: Kabupaten Pati (33.18)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_pati",
        "PTI",
        "Bentuk Dukungan yang Ditawarkan",
        """
dinas g | Dinas Tenaga Kerja Kabupaten Pati | 33.18 | p=pelatihan berbasis kompetensi di UPTD BLK Pati: las listrik, menjahit, tata boga, servis sepeda motor {80} | h=bursa kerja dan antar kerja AKAD {200}
dinas g | Dinas Koperasi dan UKM Kabupaten Pati | 33.18 | d=pinjaman dana bergulir bagi koperasi dan KUB binaan, jasa 3 % per tahun, maks Rp 50 jt per kelompok {Rp 600.000.000} | p=pendampingan NIB, PIRT dan sertifikasi halal self declare {50}
dinas g | Dinas Kelautan dan Perikanan Kabupaten Pati | 33.18 | t=penyuluh perikanan bidang pengolahan hasil (bandeng presto, ikan asap) {2} | s=bantuan panci presto dan freezer bagi POKLAHSAR terdaftar lewat proposal {5} | p=bimtek pengolahan dan sanitasi olahan ikan di Juwana {30}
dinas g | Dinas Perdagangan dan Perindustrian Kab. Pati | 33.18 | h=memfasilitasi pameran dan temu bisnis IKM dengan pembeli dari Semarang dan Surabaya, tanpa membeli produk | p=pelatihan desain kemasan dan label {25}
dinas g | Dinas Pertanian dan Ketahanan Pangan Kabupaten Pati | 33.18 | t=penyuluh perkebunan kopi dan pascapanen di Gunungwungkal dan Tlogowungu {2} | s=bantuan mesin pulper dan huller kopi bagi kelompok tani terdaftar Simluhtan {3}
dinas g | Dinas Sosial P3AKB Kabupaten Pati | 33.18 | d=bantuan usaha KUBE bagi keluarga miskin yang tercatat di DTKS {Rp 20.000.000}
dinas g | Dinas Pendidikan dan Kebudayaan Kab. Pati (Bidang PNF) | 33.18 | d=BOP Kesetaraan dan dana PKW bagi PKBM terakreditasi, lewat proposal daring {Rp 15.000.000} | p=bimtek tutor kesetaraan {30}
dinas g | Dinas Kebudayaan dan Pariwisata Kabupaten Pati | 33.18 | t=narasumber sadar wisata dan pengelolaan desa wisata {2} | h=stan UMKM di Pasar Malam Hari Jadi Pati dan Festival Kopi Gunungwungkal {30:produk}
blk g | UPTD BLK Kabupaten Pati | 33.18 | t=instruktur tata boga dan barista bersertifikat BNSP, bisa diperbantukan ke lembaga mitra dua kali seminggu {1} | s=dapur praktik dan mesin espresso bisa dipinjam hari Sabtu {1} | p=pelatihan barista 120 JP {16}
donor m | BAZNAS Kabupaten Pati | 33.18 | d=Pati Makmur: zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 350.000.000}
donor m | LAZ Ummul Quro Pati | 33.18 | d=qardhul hasan bagi pedagang Pasar Puri Baru Pati, maks Rp 2 jt per orang {Rp 40.000.000}
donor s | Bank Jateng Cabang Pati | 33.18 | d=KUR mikro dan kredit Mitra Jateng 25 bagi UMKM sampai Rp 25 jt tanpa agunan {Rp 3 M}
donor s | CSR PT Kacang Nusantara Jaya (pabrik makanan ringan) | 33.18 | d=bantuan modal usaha bagi warga ring 1 pabrik di Desa Sidokerto dan Puri, Kecamatan Pati {Rp 200.000.000} | p=pelatihan kewirausahaan bagi karang taruna ring 1 {30}
donor s | TJSL PT Semen Jawa Tengah Lestari (pabrik Rembang) | 33.17 | d=bantuan modal dan peralatan UMKM bagi desa ring 1 pabrik dan tambang di Kecamatan Gunem dan Bulu, Rembang {Rp 300.000.000}
donor s | CSR PT Pelabuhan Perikanan Juwana Bahari | 33.18 | s=hibah freezer dan peralatan pengolahan ikan bagi kelompok istri nelayan di Desa Bajomulyo dan Bendar, Kecamatan Juwana {6} | d=modal usaha kelompok pengolah ikan di Desa Bajomulyo dan Bendar {Rp 50.000.000}
donor s | Program Hibah Usaha Perempuan Pesisir (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok perempuan pengolah hasil laut di seluruh Indonesia, proposal daring {Rp 30.000.000}
donor m | Yayasan Kopi Muria Lestari | 33.19 | t=pendamping budidaya kopi lereng Muria {1} | s=hibah mesin sangrai kecil bagi kelompok kopi di Kecamatan Dawe, Kudus {2}
dudi s | Pusat Oleh-oleh Bumi Mina Tani Pati | 33.18 | h=membeli putus bandeng presto, kacang, kerupuk dan kopi bubuk dari produsen ber-PIRT {700:bungkus/bulan}
dudi s | Toko Oleh-oleh Bandeng Presto Juwana Asli | 33.18 | h=titip jual bandeng presto dan otak-otak bandeng, bagi hasil 15 % {40:produk}
dudi s | Pengepul Bandeng Tambak Tayu | 33.18 | h=menjual bandeng segar ukuran 4-5 ekor per kg ke pengolah presto {2:ton/minggu}
dudi s | Toko Mesin Usaha Sinar Teknik Pati | 33.18 | s=jual panci presto 30 liter, freezer, vacuum sealer dan mesin sangrai kopi 1 kg, bisa cicilan 12 bulan
dudi s | Rumah Makan Bandeng Bakar Juwana | 33.18 | h=membeli bandeng presto untuk menu {30:kg/minggu}
dudi s | Swalayan Pati Jaya | 33.18 | h=konsinyasi produk UMKM berlabel halal dan berbarcode {40:produk}
dudi s | Kedai Kopi Sangrai Tlogowungu (Kopi Jollong) | 33.18 | t=roaster kopi berpengalaman bisa melatih sangrai manual dan seduh V60 di lembaga mitra seminggu sekali, honor sesuai kesepakatan {1} | h=membeli green bean robusta Jollong dari petani {200:kg/bulan}
dudi s | Roastery Muria Kudus | 33.19 | t=head roaster bisa menjadi instruktur tamu pelatihan sangrai {1} | s=sewa mesin roasting 5 kg per jam
dudi s | Galangan Kapal Kayu Bajomulyo | 33.18 | p=magang tukang kapal kayu {4} | h=rekrut tukang kayu kapal {6}
dudi s | Perajin Kuningan Logam Jaya Juwana | 33.18 | p=magang pengecoran kuningan bagi pemuda Juwana {3} | h=rekrut tenaga finishing kuningan {5}
dudi s | CV Tapioka Margoyoso | 33.18 | h=membeli singkong petani Margoyoso {100:ton/minggu}
dudi s | Reseller Olahan Ikan Pati (marketplace) | 33.18 | h=menjual bandeng presto vakum dan ikan asap di marketplace, ambil putus dari kelompok {300:bungkus/bulan}
dudi s | Toko Kemasan dan Label Pati Pack | 33.18 | s=jual plastik vakum, standing pouch dan cetak label kopi dan bandeng
dudi s | Kafe Alun-alun Simpang Lima Pati | 33.18 | h=menerima lulusan kursus sebagai barista paruh waktu dan membeli kopi sangrai lokal untuk menu {2}
pkbm m | PKBM Sekar Melati Juwana | 33.18 | t=tutor kesetaraan dan tutor tata boga {2} | s=dapur praktik kecil {1}
pkbm m | PKBM Bina Warga Tlogowungu | 33.18 | p=warga belajar paket C yang mencari tempat praktik keterampilan {25}
smk m | SMK Negeri 3 Pati (Agribisnis Pengolahan Hasil Pertanian) | 33.18 | s=ruang produksi olahan pangan dan mesin sangrai kopi 3 kg bisa dipakai lembaga mitra dengan jadwal {1} | t=guru produktif APHP bisa mengajar pengolahan kopi sore hari {1}
smk m | SMK Perikanan dan Kelautan Juwana | 33.18 | t=guru pengolahan hasil perikanan bisa menjadi narasumber {1} | p=siswa PKL yang mencari tempat prakerin {20}
lkp m | LKP Tata Boga Dewi Sri Pati | 33.18 | p=kursus tata boga dan olahan ikan berbayar, Rp 1 jt per peserta {15} | h=penyaluran alumni ke katering {5}
lkp m | LKP Barista Ngopi Bareng Pati | 33.18 | p=kursus barista 2 minggu berbayar {10} | h=alumni disalurkan ke kafe jaringan kursus {5}
perguruan_tinggi m | Universitas Muria Kudus (Prodi Teknologi Pangan) | 33.19 | t=dosen pendamping uji umur simpan olahan ikan dan izin edar {2} | p=pelatihan keamanan pangan dan HACCP bagi UMKM {25}
perguruan_tinggi m | Universitas Diponegoro (KKN Tematik Pati) | 33.74 | t=mahasiswa KKN pendamping pemasaran digital {10} | p=pelatihan pengolahan hasil perikanan dan pengemasan di lokasi KKN Juwana {30}
ormas m | TP PKK Kabupaten Pati | 33.18 | p=kader PKK penggerak {40} | h=bazar UMKM di Alun-alun Pati tiap Minggu pagi {20:produk}
ormas m | Dekranasda Kabupaten Pati | 33.18 | h=galeri batik Bakaran, kuningan dan kopi Pati di Pendopo, kurasi untuk pameran {30:produk}
ormas m | HNSI Cabang Pati | 33.18 | p=mengumpulkan istri nelayan untuk ikut pelatihan {50}
ormas m | Paguyuban Batik Bakaran Juwana | 33.18 | t=pembatik senior mengajar batik tulis di sekolah dan sanggar {3} | h=showroom bersama di Desa Bakaran Wetan {40:produk}
tokoh_masyarakat m | Bu Hj. Sumiyati (pengolah bandeng presto senior Juwana) | 33.18 | t=mau mengajari cara presto duri lunak dan pengemasan vakum {1}
tokoh_masyarakat m | Pak Sukardi (petani kopi dan penyangrai Jollong) | 33.18 | t=mau mengajar sangrai kopi dengan wajan tanah liat di PKBM tanpa honor {1}
koperasi m | Koperasi Mina Sari Juwana | 33.18 | d=simpan pinjam khusus anggota dengan angsuran mingguan {Rp 200.000.000} | h=warung koperasi menjual olahan ikan anggota {25:produk}
bumdes m | BUMDes Kahuripan Desa Jrahi | 33.18 | s=rumah produksi kopi desa dengan mesin sangrai 2 kg dan grinder, bisa dipakai kelompok di luar jadwal BUMDes {1} | h=kios kopi di wisata Waduk Gunungrowo {30:produk}
dudi s | Kedai Kopi Gembong Asri | 33.18 tidak | t=barista dan roaster bisa melatih di lembaga mitra {1} | h=rekrut barista {2}
donor m | Yayasan Bina Pesisir Juwana | 33.18 tidak | d=hibah modal alat presto dan freezer bagi kelompok istri nelayan Juwana {Rp 50.000.000}
dudi s | Warung Kopi Pak No | 33.18 x | t=bisa
ormas m | Karang Taruna Kecamatan Margorejo | 33.18 x | p=pelatihan
lkp m | LKP Barista Jepara | 33.20 | t=instruktur barista {1}
dudi s | Toko Oleh-oleh Pandanaran Semarang | 33.74 | h=membeli putus bandeng presto dari produsen Pati dan Juwana tiap minggu {500:bungkus/bulan}
dudi s | Distributor Kopi Surabaya | 35.78 | h=membeli kopi robusta sangrai dari Jawa Tengah {300:kg/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Sulawesi Selatan: Kabupaten Luwu Utara (73.22)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_luwu_utara",
        "LTR",
        "Rincian Uluran Tangan Mitra",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Luwu Utara | 73.22 | p=pelatihan kerja di Masamba: menjahit, las, otomotif, tata rias {48} | h=bursa kerja dan informasi lowongan kebun sawit dan tambang nikel {150}
dinas g | Dinas Koperasi dan UKM Kabupaten Luwu Utara | 73.22 | d=dana bergulir bagi koperasi dan kelompok usaha binaan, jasa 3 % per tahun, maks Rp 50 jt per kelompok {Rp 500.000.000} | p=pendampingan NIB, PIRT dan pendaftaran merek {40}
dinas g | Dinas Tanaman Pangan, Hortikultura dan Perkebunan Kab. Luwu Utara | 73.22 | p=sekolah lapang budidaya kakao, sambung samping dan fermentasi biji bagi kelompok tani terdaftar Simluhtan {50} | s=bantuan kotak fermentasi dan para-para pengering bagi poktan kakao lewat usulan CPCL {10} | t=penyuluh kakao {3}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Luwu Utara | 73.22 | h=memfasilitasi dan mempertemukan IKM dengan pembeli di Makassar, tanpa membeli produk | s=rumah kemasan IKM di Masamba dengan sealer dan timbangan {1}
dinas g | Dinas Sosial Kabupaten Luwu Utara | 73.22 | d=bantuan KUBE bagi keluarga penerima PKH di DTKS dan penyintas banjir bandang Masamba {Rp 20.000.000}
dinas g | Dinas Pariwisata dan Kebudayaan Kab. Luwu Utara | 73.22 | t=pamong budaya pendamping sanggar tenun dan tari {2} | h=stan UMKM di Festival Sagu dan pameran HUT Luwu Utara {30:produk} | d=bantuan pelestarian budaya bagi sanggar terdaftar, lewat proposal {Rp 15.000.000}
dinas g | DP3A Kabupaten Luwu Utara | 73.22 | d=bantuan modal bagi kelompok perempuan kepala keluarga, maks Rp 2 jt per orang {Rp 40.000.000} | p=pelatihan kewirausahaan perempuan {30}
dinas g | Dinas Pendidikan Kabupaten Luwu Utara (Bidang PNF) | 73.22 | d=BOP kesetaraan bagi PKBM terakreditasi, lewat aplikasi {Rp 15.000.000}
blk g | UPT BLK Kabupaten Luwu Utara | 73.22 | t=instruktur menjahit dan tata busana, bisa diperbantukan ke lembaga mitra {1} | p=pelatihan menjahit 160 JP {16} | s=ruang jahit dengan 16 mesin jahit bisa dipinjam hari Sabtu {1}
donor m | BAZNAS Kabupaten Luwu Utara | 73.22 | d=zakat produktif berupa modal usaha bagi mustahik dan kelompok usaha mustahik {Rp 250.000.000}
donor m | LAZ Wahdah Peduli Luwu Utara | 73.22 | d=qardhul hasan bagi pedagang Pasar Sentral Masamba, maks Rp 3 jt per orang {Rp 50.000.000}
donor s | Bank Sulselbar Cabang Masamba | 73.22 | d=KUR mikro dan kredit usaha perempuan sampai Rp 50 jt {Rp 2 M}
donor s | CSR PT Sawit Baebunta Lestari | 73.22 | d=bantuan modal dan pelatihan bagi desa ring 1 kebun inti di Kecamatan Baebunta Selatan dan Malangke Barat {Rp 200.000.000}
donor s | CSR PT Nikel Malili Nusantara | 73.24 | d=bantuan modal usaha bagi desa pemberdayaan di Kecamatan Nuha, Towuti dan Wasuponda, Luwu Timur {Rp 500.000.000} | p=sekolah lapang kakao bagi petani desa pemberdayaan Luwu Timur {40}
donor s | Program Hibah Wastra Nusantara (seleksi nasional) | 31.74 | d=hibah modal bagi kelompok dan sanggar penenun kain tradisional seluruh Indonesia, proposal daring {Rp 40.000.000}
donor m | Yayasan Kakao Lestari Sulawesi | 73.73 | p=sekolah lapang fermentasi kakao dan sertifikasi organik bagi petani di Luwu Raya {40} | t=fasilitator lapang {2} | h=menghubungkan kelompok dengan pembeli kakao fermentasi, tanpa membeli
dudi s | Pedagang Pengumpul Kakao Bone-Bone | 73.22 | h=membeli biji kakao asalan tanpa fermentasi dari petani, harga pasar harian {20:ton/bulan}
dudi s | PT Cokelat Sulawesi Mandiri (unit pembelian Masamba) | 73.22 | h=membeli biji kakao fermentasi 5 hari kadar air 7 % dengan harga premium di atas asalan, kontrak kelompok {30:ton/bulan} | p=pelatihan fermentasi bagi kelompok pemasok kontrak {25}
dudi s | Toko Saprodi Tani Jaya Sukamaju | 73.22 | s=jual gunting pangkas, entres kakao, terpal jemur dan solar dryer rakitan, bisa bayar setelah panen
dudi s | Cokelat Rumahan Masamba | 73.22 | h=membeli biji kakao fermentasi untuk cokelat batangan {300:kg/bulan}
dudi s | Penjual Durian Masamba Jl. Trans Sulawesi | 73.22 | h=membeli durian dan langsat dari kebun warga {5:ton/musim}
dudi s | Toko Oleh-oleh Khas Luwu Utara Masamba | 73.22 | h=membeli putus dodol durian, keripik sagu, kopi Seko dan kain tenun Rongkong dari perajin {200:produk/bulan}
dudi s | Perajin Rotan Sabbang | 73.22 | p=magang anyaman rotan {3} | h=membeli rotan mentah dari warga {2:ton/bulan}
dudi s | Penggilingan Sagu Malangke | 73.22 | h=membeli batang sagu dari warga {20:ton/bulan}
dudi s | Toko Benang dan Pewarna Sumber Warna Masamba | 73.22 | s=jual benang katun, pewarna sintetis dan alat tenun gedogan
dudi s | Hotel Bukit Indah Masamba | 73.22 | h=memesan selendang tenun Rongkong untuk suvenir tamu dan seragam karyawan {20:lembar/tahun}
dudi s | Kedai Kopi Seko Masamba | 73.22 | h=membeli kopi arabika Seko dari petani {100:kg/bulan}
pkbm m | PKBM Bina Mandiri Sabbang | 73.22 | t=tutor kesetaraan dan tutor menjahit {2}
pkbm m | PKBM Limbong Rongkong | 73.22 | p=warga belajar yang mencari pelatihan keterampilan {20} | s=ruang belajar di Desa Limbong {1}
smk m | SMK Negeri 3 Luwu Utara (Agribisnis Tanaman Perkebunan) | 73.22 | p=teaching factory pengolahan kakao fermentasi, bisa diikuti petani mitra dua kali setahun {20} | s=kotak fermentasi dan solar dryer sekolah bisa dipinjam saat libur {2}
smk m | SMK Negeri 2 Masamba (Tata Busana) | 73.22 | t=guru tata busana mengajar menjahit di lembaga mitra {1} | p=siswa PKL tata busana yang mencari tempat prakerin {15}
lkp m | LKP Tenun dan Busana Tana Luwu Masamba | 73.22 | p=kursus menenun ATBM berbayar {10} | h=menyalurkan peserta kursus ke galeri jaringan kursus {5}
perguruan_tinggi m | Universitas Andi Djemma Palopo (Fakultas Pertanian) | 73.73 | t=dosen agronomi pendamping fermentasi kakao {2} | p=pelatihan pascapanen kakao di lokasi KKN Luwu Utara {30}
perguruan_tinggi m | Universitas Hasanuddin (Pusat Kajian Kakao) | 73.71 | t=peneliti kakao narasumber seminar {1} | p=pelatihan pengolahan kakao di kampus Tamalanrea {20}
ormas m | TP PKK Kabupaten Luwu Utara | 73.22 | p=kader PKK {30} | h=bazar UMKM di lapangan Masamba tiap bulan {20:produk}
ormas m | Dekranasda Kabupaten Luwu Utara | 73.22 | h=galeri produk unggulan (tenun Rongkong, anyaman, kopi Seko) dan kurasi untuk pameran Makassar dan Jakarta {30:produk} | d=bantuan modal bahan baku bagi perajin binaan Dekranasda {Rp 25.000.000}
ormas m | Lembaga Adat To Rongkong (Tomakaka) | 73.22 | p=menggerakkan warga adat ikut pelatihan {40} | t=tetua adat penjaga motif tenun {2}
ormas m | Asosiasi Petani Kakao Luwu Utara | 73.22 | t=petani kakao juara sambung samping sebagai pelatih swadaya {4} | h=pemasaran bersama biji kakao anggota ke pedagang Makassar {20:ton/bulan}
tokoh_masyarakat m | Nenek Rukka (penenun senior Limbong) | 73.22 | t=mau mengajar menenun ikat dan pewarna alam dari akar mengkudu dan tarum dua kali seminggu {1}
tokoh_masyarakat m | Pak Daeng Rusli (petani kakao teladan Sukamaju) | 73.22 | t=mau mengajari fermentasi kakao di kebunnya {1}
koperasi m | Koperasi Tani Kakao Mappedeceng | 73.22 | d=pinjaman modal khusus anggota {Rp 150.000.000} | h=membeli biji kakao fermentasi anggota untuk dijual ke eksportir di Makassar {10:ton/bulan}
bumdes m | BUMDes Limbong Sejahtera | 73.22 | s=rumah tenun dengan 6 alat tenun gedogan untuk penenun desa {1} | h=etalase kain tenun di rumah tenun BUMDes {20:lembar}
bumdes m | BUMDes Sukamaju Makmur | 73.22 | s=unit fermentasi dan pengeringan kakao bersama, dipakai kelompok tani desa dengan jadwal {1} | h=membeli biji basah kakao warga {5:ton/bulan}
dudi s | CV Kakao Prima Luwu | 73.22 tidak | h=membeli kakao fermentasi premium dengan kontrak kelompok {20:ton/bulan} | p=pelatihan fermentasi {20}
donor m | Yayasan Wastra Luwu | 73.22 tidak | d=hibah modal bagi kelompok penenun Rongkong {Rp 50.000.000}
dudi s | Toko Kain Pak Haji | 73.22 x | h=bisa titip
ormas m | Kelompok Tani Harapan | 73.22 x | p=pelatihan
dudi s | Butik Tenun Ikat Tana Luwu Palopo | 73.73 | h=membeli putus kain tenun ikat Rongkong untuk butik dan pesanan seragam {30:lembar/bulan}
dudi s | Toko Cokelat Palopo | 73.73 | h=menjual cokelat dan kakao bubuk {50:produk}
dudi s | Pedagang Kakao Belopa | 73.17 | h=membeli biji kakao asalan {10:ton/bulan}
dudi s | Eksportir Kakao Makassar | 73.71 | h=membeli biji kakao fermentasi dari Sulawesi, gudang di Makassar {200:ton/bulan}
dinas g | Dinas Perindustrian Provinsi Sulawesi Selatan | 73.71 | d=bantuan bahan baku bagi IKM tenun di Sulawesi Selatan lewat proposal {Rp 30.000.000} | p=pelatihan desain tenun {20}
dudi s | Pengusaha Tenun Sekomandi Mamuju | 76.02 | t=penenun Sekomandi bisa melatih {2} | h=membeli kain tenun {10:lembar/bulan}
dudi s | Butik Wastra Jakarta | 31.74 | h=membeli kain tenun ikat Rongkong langsung dari penenun Luwu Utara, dikirim ekspedisi {20:lembar/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Aceh: Kabupaten Aceh Utara (11.08)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_aceh_utara",
        "AUT",
        "Yang Sanggup Diberikan Lembaga",
        """
dinas g | Dinas Tenaga Kerja dan Mobilitas Penduduk Kabupaten Aceh Utara | 11.08 | p=pelatihan kerja di UPTD BLK Lhoksukon: menjahit, bordir, las, servis HP {64} | h=bursa kerja dan informasi lowongan di KEK Arun dan Medan {150}
dinas g | Dinas Koperasi dan UKM Kabupaten Aceh Utara | 11.08 | d=pembiayaan bergulir syariah bagi koperasi dan kelompok usaha binaan, maks Rp 25 jt per kelompok {Rp 400.000.000} | p=pendampingan NIB, PIRT dan halal {40}
dinas g | Dinas Pertanian dan Perkebunan Kabupaten Aceh Utara | 11.08 | s=bantuan unit penyulingan nilam (ketel stainless 500 kg) bagi kelompok tani terdaftar lewat usulan CPCL {2} | t=penyuluh perkebunan nilam dan pinang {3}
dinas g | Dinas Perindustrian dan Perdagangan Kab. Aceh Utara | 11.08 | h=mempertemukan IKM bordir dan minyak nilam dengan pembeli di Medan, tanpa membeli produk | p=pelatihan desain motif bordir {20}
dinas g | Dinas Sosial Kabupaten Aceh Utara | 11.08 | d=bantuan usaha KUBE bagi keluarga penerima PKH di DTKS {Rp 20.000.000}
dinas g | Dinas Pendidikan Dayah Kabupaten Aceh Utara | 11.08 | d=bantuan operasional dayah dan balai pengajian terakreditasi {Rp 25.000.000} | p=pelatihan keterampilan santri (menjahit, bordir) bekerja sama dengan BLK {30}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kab. Aceh Utara | 11.08 | p=pelatihan kewirausahaan perempuan {30}
dinas g | Dinas Pariwisata dan Kebudayaan Kabupaten Aceh Utara | 11.08 | h=stan UMKM di Festival Samudra Pasai dan Meuseuraya {30:produk} | t=narasumber sadar wisata {2}
blk g | UPTD BLK Lhoksukon | 11.08 | t=instruktur bordir komputer dan menjahit bersertifikat, bisa diperbantukan ke lembaga mitra {1} | s=ruang bordir dengan 4 mesin bordir komputer {1} | p=pelatihan bordir komputer 160 JP {16}
blk g | BLK Komunitas Dayah Babussalam Matangkuli | 11.08 | p=pelatihan menjahit dasar bagi santri {16} | s=8 mesin jahit {1}
donor m | Baitul Mal Kabupaten Aceh Utara | 11.08 | d=zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik di gampong {Rp 400.000.000}
donor s | Bank Aceh Syariah Cabang Lhoksukon | 11.08 | d=KUR Syariah dan pembiayaan mikro akad murabahah sampai Rp 50 jt {Rp 3 M}
donor s | CSR PT Migas Pase Nusantara | 11.08 | d=bantuan modal usaha bagi gampong ring 1 lapangan gas di Kecamatan Matangkuli, Tanah Luas dan Nibong {Rp 300.000.000} | s=bantuan peralatan usaha bagi kelompok di gampong ring 1 {10}
donor s | TJSL PT Pupuk Pase Samudera | 11.08 | s=hibah peralatan produksi bagi kelompok usaha di gampong ring 1 pabrik, Kecamatan Dewantara dan Muara Batu {10}
donor s | Program Hibah Atsiri Nusantara (seleksi nasional) | 31.74 | s=hibah alat penyulingan minyak atsiri (nilam, serai wangi) bagi kelompok tani seluruh Indonesia, seleksi proposal {3}
perguruan_tinggi m | Pusat Riset Nilam Universitas Syiah Kuala | 11.71 | s=ketel suling percontohan stainless dipinjamkan ke kelompok tani binaan di Aceh Jaya dan Aceh Besar {2} | h=membeli minyak nilam kelompok binaan untuk produk parfum {100:kg/tahun}
dudi s | Pengepul Minyak Nilam Lhoksukon | 11.08 | h=membeli minyak nilam kadar PA 30 % ke atas dari penyuling, harga pasar, dibayar tunai {500:kg/bulan}
dudi s | CV Atsiri Pase (eksportir minyak nilam) | 11.73 | h=membeli minyak nilam kelompok tani Aceh Utara dengan kontrak harga dan uji mutu gratis {2:ton/bulan}
dudi s | Bengkel Las Stainless Krueng Geukueh | 11.08 | s=membuat ketel suling nilam stainless 300-500 kg sesuai pesanan, bayar bertahap
dudi s | Toko Pertanian Sawang Tani | 11.08 | s=jual bibit nilam Tapak Tuan, pupuk dan cangkul
dudi s | Pengepul Pinang Lhoksukon | 11.08 | h=membeli pinang belah kering dari petani {20:ton/bulan}
dudi s | Pengepul Kakao Matangkuli | 11.08 | h=membeli biji kakao dari petani {5:ton/bulan}
dudi s | Konveksi Bordir Aceh Pase Collection Lhoksukon | 11.08 | h=menerima lulusan pelatihan bordir sebagai operator mesin bordir komputer {6} | p=magang operator bordir 2 bulan {4}
dudi s | Usaha Tas Bordir Aceh Cut Meutia | 11.73 | h=rekrut penjahit dan pembordir tas Aceh {4} | t=pembordir senior bisa mengajar motif pintu Aceh {1}
dudi s | Toko Mesin Jahit dan Bordir Sinar Jaya Lhoksukon | 11.08 | s=jual mesin bordir komputer, kredit 12 bulan | t=teknisi memberi pelatihan singkat bagi pembeli mesin {1}
dudi s | Butik Kasab dan Sulaman Aceh Geudong | 11.08 | h=membeli hasil sulaman kasab dan bordir tangan dari perajin rumahan {50:produk/bulan}
dudi s | Penjahit Seragam Sekolah Meutuah Lhoksukon | 11.08 | h=rekrut penjahit lulusan kursus {3}
dudi s | Toko Kue Timphan dan Oleh-oleh Lhoksukon | 11.08 | h=titip jual kue khas Aceh {30:produk}
dudi s | Tambak Udang Vaname Tanah Pasir | 11.08 | h=rekrut tenaga tambak {5}
dudi s | Kilang Padi Tanah Jambo Aye | 11.08 | h=membeli gabah petani {50:ton/bulan}
pkbm m | PKBM Nurul Huda Lhoksukon | 11.08 | t=tutor kesetaraan dan tutor menjahit {2}
pkbm m | PKBM Meurah Silu Samudera | 11.08 | p=warga belajar paket C yang mencari tempat magang {20}
smk m | SMK Negeri 1 Lhoksukon (Tata Busana) | 11.08 | t=guru tata busana bisa mengajar bordir manual {1} | s=ruang busana dengan mesin bordir manual bisa dipinjam {1}
smk m | SMK Negeri 2 Lhoksukon (Agribisnis) | 11.08 | s=laboratorium sederhana untuk uji kadar minyak nilam, bisa dipakai kelompok {1} | p=siswa PKL yang mencari tempat prakerin {15}
lkp m | LKP Bordir Komputer Pase Lhokseumawe | 11.73 | p=kursus bordir komputer berbayar {10} | h=alumni disalurkan ke konveksi jaringan kursus {5}
perguruan_tinggi m | Universitas Malikussaleh (Jurusan Teknik Kimia) | 11.73 | t=dosen pendamping penyulingan dan peningkatan kadar PA minyak nilam {2} | s=unit penyulingan nilam skala pilot di kampus, bisa dipakai kelompok mitra dengan jadwal {1}
ormas m | TP PKK Kabupaten Aceh Utara | 11.08 | p=kader PKK {40} | h=bazar UMKM di Lapangan Landing Lhoksukon {20:produk}
ormas m | Dekranasda Kabupaten Aceh Utara | 11.08 | h=galeri bordir, kasab dan tas Aceh, kurasi untuk pameran PKA dan Inacraft {30:produk}
ormas m | Majelis Adat Aceh Kabupaten Aceh Utara | 11.08 | p=menggerakkan keuchik dan tuha peut untuk program gampong {40}
ormas m | Forum Petani Nilam Aceh Utara | 11.08 | t=petani penyuling senior {3} | h=pemasaran bersama minyak nilam anggota ke eksportir Medan {1:ton/bulan}
tokoh_masyarakat m | Tgk. Muhammad Yusuf (penyuling nilam senior Sawang) | 11.08 | s=ketel suling miliknya bisa disewa kelompok lain saat tidak dipakai, bayar per masak {1} | t=mau mengajari cara menyuling nilam {1}
tokoh_masyarakat m | Ummi Nurhayati (pembordir senior Geudong) | 11.08 | t=mau mengajar bordir motif Aceh di dayah dua kali seminggu {1}
koperasi m | Koperasi Syariah Nilam Pase | 11.08 | d=pembiayaan khusus anggota {Rp 100.000.000} | s=ketel suling koperasi untuk anggota {1} | h=membeli minyak nilam anggota {300:kg/bulan}
bumdes m | BUMG Gampong Blang Sawang | 11.08 | s=unit penyulingan nilam milik gampong dengan ketel stainless 400 kg, dipinjamkan ke kelompok tani di Kecamatan Sawang {1}
dudi s | CV Nilam Harum Aceh | 11.08 tidak | h=membeli minyak nilam petani {1:ton/bulan}
blk g | BLK Komunitas Dayah Ulumuddin | 11.08 tidak | t=instruktur bordir komputer {1} | h=penyaluran lulusan ke konveksi {10}
dudi s | Toko Pak Ali | 11.08 x | h=bisa titip
ormas m | Kelompok Tani Nilam Harapan | 11.08 x | s=ada
dudi s | Penyulingan Nilam Bener Meriah | 11.17 | s=sewa ketel suling {1} | h=membeli daun nilam kering {5:ton/bulan}
dudi s | Konveksi Seragam Bireuen | 11.11 | h=rekrut penjahit dan operator bordir {8} | p=magang konveksi {4}
dudi s | Pengepul Nilam Idi | 11.03 | h=membeli minyak nilam dari penyuling {300:kg/bulan}
dinas g | Dinas Perindustrian dan Perdagangan Aceh | 11.71 | s=bantuan mesin bordir komputer bagi IKM di Aceh lewat proposal {5}
dudi s | Eksportir Minyak Atsiri Medan | 12.71 | h=membeli minyak nilam dari Aceh, gudang di Belawan {10:ton/bulan}
dudi s | Konveksi Tanah Abang Jakarta | 31.74 | h=rekrut operator bordir komputer dari daerah, mess disediakan {20}
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


def satu_kolom(rows: list[dict], header: str, rng: random.Random) -> tuple[list[str], list[list]]:
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
        write_csv(HERE / f"{base}.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in rows])
        head, one = satu_kolom(rows, header, rng)
        write_csv(HERE / f"{base}_satu_kolom.csv", head, one)
        kap = kapital(rows, rng)
        write_csv(HERE / f"{base}_kapital.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in kap])
        shapes += [
            [base, "per_aspek", f"{base}.csv"],
            [base, "satu_kolom", f"{base}_satu_kolom.csv"],
            [base, "kapital", f"{base}_kapital.csv"],
        ]
        print(f"{base}: {len(rows)} partners")
    write_csv(HERE / "shapes.csv", shapes[0], shapes[1:])


if __name__ == "__main__":
    main()
